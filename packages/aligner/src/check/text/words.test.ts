import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byPattern, words } from "./words.ts";

// Characters where the tokeniser has decisions to make: joiners, capitals, accents, digits, other scripts.
const TRICKY = [..."aZé É0-'’. ,\n:ßΣσ한ж١ǅ_"];

describe("words", () => {
  it("keeps GPT-4.0, Character.AI and comercializá-lo whole, and splits aumentam.amodei", () => {
    expect(words("GPT-4.0 e Character.AI; comercializá-lo aumentam.amodei").map((w) => w.text))
      .toEqual(["GPT-4.0", "e", "Character.AI", "comercializá-lo", "aumentam", "amodei"]);
  });

  it("finds exactly what the word pattern finds, on any text", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((cs) => cs.join("")), (text) => {
      expect(words(`${text} `)).toEqual(byPattern(`${text} `));
    }), { numRuns: 2000 });
    // Any character of the BMP below the surrogates, so every class the table caches is met.
    const bmp = fc.array(fc.integer({ min: 0, max: 0xd7ff }).map((c) => String.fromCharCode(c)), { maxLength: 30 }).map((cs) => cs.join(""));
    fc.assert(fc.property(fc.tuple(bmp, fc.array(fc.constantFrom(...TRICKY), { maxLength: 20 })), ([a, b]) => {
      const text = a + b.join("") + a;
      expect(words(text)).toEqual(byPattern(text));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
      expect(words(text)).toEqual(byPattern(text));
    }), { numRuns: 2000 });
  });
});
