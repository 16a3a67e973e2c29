import { readFileSync } from "node:fs";
import { getDocument } from "@alinha/corpus";
import { describe, expect, it } from "vitest";
import { buildGold, goldPath, resolveDocument, serializeGold, type GoldSpan, type SourceEntry } from "./build-gold.ts";

const committed = JSON.parse(readFileSync(goldPath, "utf8")) as GoldSpan[];

describe("artefacts.gold.json", () => {
  it("is exactly what the source files resolve to (nobody edits the gold by hand)", () => {
    expect(readFileSync(goldPath, "utf8")).toBe(serializeGold(buildGold()));
  });

  it("has every span slice to its text in the Portuguese", () => {
    const pt = new Map<string, string>();
    const wrong = committed.filter((s) => {
      const text = pt.get(s.doc) ?? getDocument(s.doc).pt;
      pt.set(s.doc, text);
      return text.slice(s.start, s.end) !== s.text;
    });
    expect(wrong).toEqual([]);
  });
});

describe("resolveDocument", () => {
  const pt = "a ia disse que a ia e o dia - o dia - chegam";
  const entry = (e: Partial<SourceEntry>): SourceEntry => ({ text: "ia", occurrence: "all", family: "casing", ...e });
  const spans = (entries: SourceEntry[]) => resolveDocument("t", pt, entries).map((s) => `${s.start}-${s.end}`);

  it("matches whole words only, so the acronym does not flag inside 'dia'", () => {
    expect(spans([entry({})])).toEqual(["2-4", "17-19"]);
  });

  it("counts occurrences among those preceded by `before`", () => {
    expect(spans([entry({ text: " - ", occurrence: 2, family: "punctuation" })])).toEqual(["35-38"]);
    expect(spans([entry({ text: "dia", occurrence: 1, before: "- o ", family: "entity" })])).toEqual(["32-35"]);
  });

  it("fails clearly on a missing text, an out-of-range occurrence and a wrong `before`", () => {
    expect(() => spans([entry({ text: "IA" })])).toThrow(/"IA".*not found/);
    expect(() => spans([entry({ occurrence: 3 })])).toThrow(/occurrence 3 out of range, only 2 found/);
    expect(() => spans([entry({ before: "o " })])).toThrow(/"before" matches none of the 2/);
  });

  it("refuses the same span twice in one family", () => {
    expect(() => spans([entry({ occurrence: 1 }), entry({})])).toThrow(/annotated twice as casing/);
  });
});
