import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arEnding } from "./verb-for-noun.ts";

describe("arEnding", () => {
  it("says what the -ar verb form's pattern says of a word in plain letters: three letters and more before o, a, os or as", () => {
    const word = fc.array(fc.constantFrom(..."aosnumer"), { maxLength: 9 }).map((cs) => cs.join(""));
    fc.assert(fc.property(word, (w) => { expect(arEnding(w), w).toBe(/^(\p{L}{3,}?)(?:o|a|as|os)$/u.test(w)); }), { numRuns: 3000 });
    expect(["numero", "pagina", "calculas", "abas", "os", "casos"].map(arEnding)).toEqual([true, true, true, false, false, true]);
  });
});
