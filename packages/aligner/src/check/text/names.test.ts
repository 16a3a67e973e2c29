import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coinedUncached, looksCoined, plainWord } from "./names.ts";

describe("plainWord", () => {
  it("is true only of words the coined test answers no for", () => {
    const word = fc.array(fc.constantFrom(..."aZé É0١-'’ºªçÇǅßΣσ".split(""), "\u{1D400}"), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(""));
    fc.assert(fc.property(word, (w) => {
      if (plainWord(w)) expect(coinedUncached(w), w).toBe(false);
      expect(looksCoined(w), w).toBe(coinedUncached(w));
    }), { numRuns: 3000 });
  });

  it("answers accented Portuguese without the memo, and leaves names to it", () => {
    expect(plainWord("informação")).toBe(true);
    expect(plainWord("Ação")).toBe(true);
    expect(plainWord("iPhone")).toBe(false);
    expect(plainWord("GPT-4o")).toBe(false);
    expect(plainWord("Érico")).toBe(false);
  });
});
