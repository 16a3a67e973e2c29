/**
 * Validates the exports of a built-in document with xmllint: TMX against the TMX 1.4b DTD,
 * XLIFF 2.0 against the OASIS core schema. The XLIFF schema is Debian's copy (package
 * php-symfony-translation, which .ci/run installs; the test src/bitext/xliff-schema.test.ts runs
 * the same check on every document). No Debian package ships the TMX 1.4b DTD and nothing may be
 * downloaded here, so that check runs only when ALINHA_TMX_DTD points at a local tmx14.dtd
 * (GALA publishes it under CC BY 3.0); otherwise it says it was skipped. ALINHA_XLIFF2_XSD
 * overrides the XLIFF schema's path. Well-formedness (xmllint --noout) always runs.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/schemas.ts. Exits 1 when a check fails.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
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
else console.log("tmx against the TMX 1.4b DTD: skipped (no Debian package ships it and nothing is downloaded: set ALINHA_TMX_DTD to a local tmx14.dtd)");
const DEBIAN_XSD_DIR = "/usr/share/php/Symfony/Component/Translation/Resources/schemas";
const xsd = process.env.ALINHA_XLIFF2_XSD ?? layOutDebianXsd();
if (xsd && existsSync(xsd)) xmllint("xliff against the XLIFF 2.0 core schema", ["--nonet", "--schema", xsd, files.xliff]);
else console.log("xliff against the XLIFF 2.0 core schema: skipped (apt-get install php-symfony-translation, or set ALINHA_XLIFF2_XSD)");

/** Debian's copy, with the W3C xml.xsd where the OASIS schema imports it from. */
function layOutDebianXsd(): string | undefined {
  if (!existsSync(join(DEBIAN_XSD_DIR, "xliff-core-2.0.xsd"))) return undefined;
  const w3c = join(dir, "informativeCopiesOf3rdPartySchemas", "w3c");
  mkdirSync(w3c, { recursive: true });
  copyFileSync(join(DEBIAN_XSD_DIR, "xml.xsd"), join(w3c, "xml.xsd"));
  copyFileSync(join(DEBIAN_XSD_DIR, "xliff-core-2.0.xsd"), join(dir, "xliff-core-2.0.xsd"));
  return join(dir, "xliff-core-2.0.xsd");
}
process.exit(failed ? 1 : 0);
