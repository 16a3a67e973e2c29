import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findNear } from "./find-near.ts";
import { candidateNames, mayOccur } from "./name-windows.ts";

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
