import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findNear } from "./find-near.ts";
import { candidateNames, mayOccur, nameInfo, textIndex, windowKey, windowStarts, windowsWith } from "./name-windows.ts";

const NAMES = ["DeepSeek", "Noah Smith", "GPT-4o", "AI", "o3", "X", "AlphaFold", "Sam Altman"];
// Pieces that make near and exact forms of those names, and words around them.
const PIECES = ["deep", "seek", "Deep", "noé", "smith", "GPT", "4.0", "4o", "ai", "IA", "o3", "x", "alpha", "fold", "Sam", "altman", "e", "o", "de", "modelo"];
const SEPARATORS = [" ", "-", ", ", ". ", ""];

describe("mayOccur and candidateNames", () => {
  it("rule out a name only where findNear would find nothing", () => {
    const text = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 10 }).map((ps) => ps.flat().join(""));
    fc.assert(fc.property(text, (t) => {
      for (const name of NAMES) if (findNear(t, name).length) expect(mayOccur(t, name)).toBe(true);
      expect(candidateNames(t, NAMES)).toEqual(NAMES.filter((n) => mayOccur(t, n)));
    }), { numRuns: 1500 });
  });

  it("rule out names whose first letters no word has", () => {
    expect(candidateNames("o modelo chinês venceu", NAMES)).toEqual(["X"]);
    expect(candidateNames("a deep seek venceu", NAMES)).toContain("DeepSeek");
  });
});

describe("windowStarts and windowKey", () => {
  it("give the windows windowsWith builds, without building them", () => {
    const text = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 12 }).map((ps) => ps.flat().join(""));
    fc.assert(fc.property(text, fc.constantFrom(...NAMES), fc.integer({ min: 1, max: 4 }), (t, name, n) => {
      const { key, prefix, max } = nameInfo(name);
      const index = textIndex(t);
      const built = windowStarts(index, prefix, n, key.length, max, []).map((i) => ({ start: index.ws[i]!.start, end: index.ws[i + n - 1]!.end, key: prefix.length < 2 ? prefix : windowKey(index, i, n) }));
      expect(built).toEqual(windowsWith(t, prefix, n, key.length, max));
    }), { numRuns: 1500 });
  });

  it("find a split name's window by its first letters", () => {
    const index = textIndex("a deep seek venceu");
    const { key, prefix, max } = nameInfo("DeepSeek");
    expect(windowStarts(index, prefix, 2, key.length, max, []).map((i) => windowKey(index, i, 2))).toEqual(["deepseek"]);
  });
});
