import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument, listDocuments } from "@alinha/corpus";
import { describe, expect, it } from "vitest";
import { alignDocument } from "../align-document.ts";
import type { BitextPair } from "../types.ts";
import { readImportFile, serializeBitext, type BitextFormat } from "./index.ts";

/**
 * Debian's translate-toolkit (installed by .ci/run) as the outside reader and writer: what
 * Alinha writes, it reads unit for unit; what it writes, Alinha imports pair for pair. Off CI,
 * the tests are skipped when the toolkit is not installed; on CI a missing toolkit fails them.
 */
const PYTHON = "/usr/bin/python3";
const installed = existsSync("/usr/bin/po2tmx") && existsSync(PYTHON);
if (!installed && process.env.CI === "true") throw new Error("translate-toolkit is missing: .ci/run installs it (apt-get install translate-toolkit)");

const dir = mkdtempSync(join(tmpdir(), "alinha-ttk-"));

/** Every non-header unit of a file as translate-toolkit's own storage classes read it. */
function toolkitUnits(path: string): [string, string][] {
  const script = `import json, sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
print(json.dumps([[str(u.source or ""), str(u.target or "")] for u in store.units if not u.isheader()]))`;
  return JSON.parse(execFileSync(PYTHON, ["-c", script, path], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 })) as [string, string][];
}

function tool(command: string, ...args: string[]): string {
  const r = spawnSync(command, args, { encoding: "utf8", cwd: dir });
  if (r.status !== 0) throw new Error(`${command} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const importFile = (path: string) => {
  const read = readImportFile(readFileSync(path));
  if (read.kind !== "bitext") throw new Error(`${path} was not recognised as a bitext`);
  return read.bitext;
};

/** The built-in documents as Alinha exports them: aligned, every pair with an id and a version. */
const documents = listDocuments().map((meta) => {
  const doc = getDocument(meta.id);
  const result = alignDocument(doc.pt, doc.en || undefined);
  const pairs: BitextPair[] = result.pairs.map((p, k) => ({ id: `p${k + 1}`, en: p.enText, pt: p.ptText, status: "new", version: 1 }));
  return { id: meta.id, pairs };
});

const bothSides = (pairs: BitextPair[]) => pairs.filter((p) => p.en !== "" && p.pt !== "").map((p) => [p.en, p.pt]);
const unitsWithBoth = (units: [string, string][]) => units.filter(([s, t]) => s !== "" && t !== "");

describe.skipIf(!installed)("translate-toolkit reads Alinha's exports", { timeout: 120_000 }, () => {
  it.each(documents)("$id: TMX, XLIFF 1.2 and PO give one unit per pair with both sides, texts identical", ({ id, pairs }) => {
    const meta = { title: id, variant: "pt-BR" as const, scope: "all" as const };
    const file = (format: BitextFormat, ext: string) => write(`${id}.${ext}`, [...serializeBitext(format, pairs, meta)].join(""));
    const expected = bothSides(pairs);
    expect(expected.length).toBeGreaterThan(10);

    expect(unitsWithBoth(toolkitUnits(file("tmx", "tmx")))).toEqual(expected);

    // xliff2po is the toolkit's converter for XLIFF 1.x; its PO is then read like any PO.
    const xlf = file("xliff12", "xlf");
    tool("xliff2po", "--progress=none", xlf, join(dir, `${id}.from-xliff.po`));
    expect(unitsWithBoth(toolkitUnits(join(dir, `${id}.from-xliff.po`)))).toEqual(expected);
    expect(unitsWithBoth(toolkitUnits(xlf))).toEqual(expected);

    const po = file("po", "po");
    expect(unitsWithBoth(toolkitUnits(po))).toEqual(expected);
    // pocount counts every message (translated, fuzzy, untranslated): one per pair with English.
    const [header, row] = tool("pocount", "--csv", po).trim().split("\n").map((line) => line.split(",").map((c) => c.trim()));
    const total = row?.[header?.indexOf("Total Message") ?? -1];
    expect(Number(total)).toBe(pairs.filter((p) => p.en !== "").length);
  });
});

describe.skipIf(!installed)("flags reach another tool", () => {
  it("as XLIFF 1.2 notes and PO extracted comments the toolkit reads with the unit", () => {
    const flagged: BitextPair[] = [{
      id: "p1", en: "Noah Smith spoke.", pt: "Noé smith falou.", status: "new", version: 1,
      flags: [{ code: "entity-mismatch", family: "entity", severity: "error", start: 0, end: 9, text: "Noé smith", message: "The English name is Noah Smith.", suggestion: "Noah Smith" }],
    }];
    const meta = { title: "flags", variant: "pt-BR" as const, scope: "all" as const };
    const script = `import json, sys
from translate.storage import factory
print(json.dumps([u.getnotes() for u in factory.getobject(sys.argv[1]).units if not u.isheader()]))`;
    for (const [format, ext] of [["xliff12", "xlf"], ["po", "po"]] as const) {
      const path = write(`flags.${ext}`, [...serializeBitext(format, flagged, meta)].join(""));
      const notes = JSON.parse(execFileSync(PYTHON, ["-c", script, path], { encoding: "utf8" })) as string[];
      expect(notes[0], format).toContain("error entity-mismatch «Noé smith»: The English name is Noah Smith. → «Noah Smith»");
    }
  });
});

describe.skipIf(!installed)("Alinha imports what translate-toolkit writes", { timeout: 60_000 }, () => {
  const po = write("source.po", [
    `msgid ""`, `msgstr ""`, `"Language: pt_BR\\n"`, `"Content-Type: text/plain; charset=UTF-8\\n"`, ``,
    `msgid "Hello, world."`, `msgstr "Olá, mundo."`, ``,
    `msgid "Two  spaces\\nand a line."`, `msgstr "Dois  espaços\\ne uma linha."`, ``,
    `#, fuzzy`, `msgid "Rough."`, `msgstr "Áspero."`, ``,
  ].join("\n"));
  const expected = [["Hello, world.", "Olá, mundo."], ["Two  spaces\nand a line.", "Dois  espaços\ne uma linha."], ["Rough.", "Áspero."]];
  const pairsOf = (path: string) => importFile(path).pairs.map((p) => [p.en, p.pt]);

  it("po2tmx", () => {
    tool("po2tmx", "--progress=none", "-l", "pt-BR", po, join(dir, "tt.tmx"));
    // po2tmx leaves fuzzy entries out.
    expect(pairsOf(join(dir, "tt.tmx"))).toEqual(expected.slice(0, 2));
  });

  it("po2xliff (XLIFF 1.1, the gettext header as a unit of its own)", () => {
    tool("po2xliff", "--progress=none", po, join(dir, "tt.xlf"));
    const bitext = importFile(join(dir, "tt.xlf"));
    expect(bitext.pairs.map((p) => [p.en, p.pt])).toEqual(expected);
    expect(bitext.pairs.map((p) => p.status)).toEqual(["approved", "approved", "new"]);
  });

  it("csv2po", () => {
    const csv = write("source.csv", `"location","source","target"\n"a.c:1","Hello, world.","Olá, mundo."\n"a.c:2","Bye.","Tchau."\n`);
    tool("csv2po", "--progress=none", csv, join(dir, "csv.po"));
    expect(pairsOf(join(dir, "csv.po"))).toEqual([["Hello, world.", "Olá, mundo."], ["Bye.", "Tchau."]]);
  });

  it("txt2po (English only: each paragraph a pair waiting for its Portuguese)", () => {
    const txt = write("source.txt", "First paragraph.\n\nSecond one,\nwrapped.\n");
    tool("txt2po", "--progress=none", txt, join(dir, "txt.po"));
    expect(pairsOf(join(dir, "txt.po"))).toEqual([["First paragraph.", ""], ["Second one,\nwrapped.", ""]]);
  });
});
