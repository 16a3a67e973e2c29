/**
 * Validates the exports of a built-in document with xmllint: TMX against the TMX 1.4b DTD,
 * XLIFF 2.0 against the OASIS core schema. Neither file ships with Alinha (see the README's
 * format notes): point ALINHA_TMX_DTD and ALINHA_XLIFF2_XSD at local copies to run the checks;
 * without them each check says it was skipped. Well-formedness (xmllint --noout) always runs.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/schemas.ts. Exits 1 when a check fails.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument, listDocuments } from "@alinha/corpus";
import { alignDocument, serializeBitext, type BitextFormat } from "../src/index.ts";

const dir = mkdtempSync(join(tmpdir(), "alinha-schemas-"));
const doc = getDocument(listDocuments()[0]!.id);
const result = alignDocument(doc.pt, doc.en);
const pairs = result.pairs.map((p, k) => {
  const base = p.pt[0]?.[0] ?? 0;
  return { id: `p${k + 1}`, en: p.enText, pt: p.ptText, status: "new" as const, version: 1, flags: p.flags.map((f) => ({ ...f, start: f.start - base, end: f.end - base })) };
});

function exportTo(format: BitextFormat, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, [...serializeBitext(format, pairs, { title: doc.meta.title, variant: "pt-BR", scope: "all" })].join(""));
  return path;
}

let failed = false;
function xmllint(label: string, args: string[]): void {
  const r = spawnSync("xmllint", ["--noout", ...args], { encoding: "utf8" });
  if (r.error) {
    console.log(`${label}: skipped (xmllint not installed: apt-get install libxml2-utils)`);
    return;
  }
  const ok = r.status === 0;
  failed ||= !ok;
  console.log(`${label}: ${ok ? "valid" : `INVALID\n${r.stderr.split("\n").slice(0, 10).join("\n")}`}`);
}

const files = { tmx: exportTo("tmx", "doc.tmx"), xliff: exportTo("xliff", "doc.xlf"), xliff12: exportTo("xliff12", "doc.1.2.xlf") };
console.log(`${doc.meta.id}: ${pairs.length} pairs`);
for (const [format, path] of Object.entries(files)) xmllint(`${format} well-formed`, [path]);
const dtd = process.env.ALINHA_TMX_DTD;
if (dtd && existsSync(dtd)) xmllint("tmx against the TMX 1.4b DTD", ["--dtdvalid", dtd, files.tmx]);
else console.log("tmx against the TMX 1.4b DTD: skipped (set ALINHA_TMX_DTD to a local tmx14.dtd)");
const xsd = process.env.ALINHA_XLIFF2_XSD;
if (xsd && existsSync(xsd)) xmllint("xliff against the XLIFF 2.0 core schema", ["--schema", xsd, files.xliff]);
else console.log("xliff against the XLIFF 2.0 core schema: skipped (set ALINHA_XLIFF2_XSD to a local xliff_core_2.0.xsd)");
process.exit(failed ? 1 : 0);
