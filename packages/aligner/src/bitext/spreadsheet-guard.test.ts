import { describe, expect, it } from "vitest";
import { guardSpreadsheetCell, unguardSpreadsheetCell } from "./spreadsheet-guard.ts";
import { readTsvTextCell, writeTsv } from "./write-tsv.ts";
import { writeTmx } from "./write-tmx.ts";
import { writeXliff } from "./write-xliff.ts";
import { parseBitext } from "./parse-bitext.ts";
import type { BitextMeta } from "./bitext-meta.ts";

const META: BitextMeta = { title: "Fórmulas", variant: "pt-BR", scope: "all", toolVersion: "test" };

describe("guardSpreadsheetCell (OWASP CSV injection)", () => {
  it.each([
    ["=HYPERLINK(\"http://evil.example\",\"clique\")", "'=HYPERLINK(\"http://evil.example\",\"clique\")"],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(1+1)", "'@SUM(1+1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    // An apostrophe of the text's own is doubled, so reading back takes exactly one off.
    ["'citação'", "''citação'"],
  ])("guards %j", (text, guarded) => {
    expect(guardSpreadsheetCell(text)).toBe(guarded);
    expect(unguardSpreadsheetCell(guarded)).toBe(text);
  });

  it.each(["O preço caiu.", "a = b", "e-mail", "", " =não começa", "1 + 1"])("leaves %j alone", (text) => {
    expect(guardSpreadsheetCell(text)).toBe(text);
    expect(unguardSpreadsheetCell(text)).toBe(text);
  });
});

describe("exports: TSV guarded, TMX and XLIFF raw", () => {
  const pairs = [
    { id: "p1", en: "=1+1", pt: "=HYPERLINK(\"http://evil.example\")", status: "approved" as const, notes: ["@admin veja"] },
    { id: "p2", en: "-minus", pt: "+mais", status: "new" as const },
  ];

  it("starts no TSV cell with a formula character, and reads back the text", () => {
    const rows = [...writeTsv(pairs, META)].join("").trimEnd().split("\n").slice(1).map((line) => line.split("\t"));
    for (const cells of rows) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.map((r) => [readTsvTextCell(r[3]!), readTsvTextCell(r[4]!)])).toEqual([["=1+1", pairs[0]!.pt], ["-minus", "+mais"]]);
    expect(readTsvTextCell(rows[0]![6]!)).toBe("@admin veja");
  });

  it("keeps the raw text in TMX and XLIFF", () => {
    for (const write of [writeTmx, writeXliff]) {
      const parsed = parseBitext([...write(pairs, META)].join(""));
      expect(parsed.pairs.map((p) => [p.en, p.pt])).toEqual([["=1+1", pairs[0]!.pt], ["-minus", "+mais"]]);
    }
  });
});
