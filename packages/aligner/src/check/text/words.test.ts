import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byPattern, isLetterOrDigitUnit, isLetters, onlySpaces, words } from "./words.ts";

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

  it("hands a text with characters outside the BMP to the pattern, wherever they stand", () => {
    for (const text of ["👍 ok", "Noé 👍", "a-👍b", "GPT.𝐀I e 𝟒 modelos", "fim.😀Início"]) expect(words(text)).toEqual(byPattern(text));
    fc.assert(fc.property(fc.array(fc.constantFrom(...TRICKY, "😀", "𝐀", "\ud800"), { maxLength: 30 }).map((cs) => cs.join("")), (text) => {
      expect(words(text)).toEqual(byPattern(text));
    }), { numRuns: 2000 });
  });
});

describe("isLetters and onlySpaces", () => {
  const LETTERS = /^\p{L}+$/u;
  const SPACES = /^\s+$/u;
  const pieces = [...TRICKY, "\t", "\u00a0", "\u2028", "\ufeff", "\u3000", "\u200b", "ç", "😀", "ſ"];
  it("answer as /^\\p{L}+$/u and /^\\s+$/u do", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((cs) => cs.join("")), fc.nat(12), fc.nat(12), (text, a, b) => {
      expect(isLetters(text)).toBe(LETTERS.test(text));
      // Offsets within the text, as callers give them (between two of its words).
      const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
      expect(onlySpaces(text, from, to)).toBe(SPACES.test(text.slice(from, to)));
    }), { numRuns: 3000 });
  });
});

describe("isLetterOrDigitUnit", () => {
  it("says what [\\p{L}\\p{N}] says of every unit of the BMP outside the surrogates", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isLetterOrDigitUnit(c) !== /[\p{L}\p{N}]/u.test(String.fromCharCode(c))) expect.fail(`U+${c.toString(16)}`);
    }
  });
});
