import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DASH_MARK, WordBounds, wordTokens } from "./word-tokens.ts";

/** The pattern the aligner has always split words with; the fast Latin-1 path must agree with it. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,'’-][\p{L}\p{M}\p{N}]+)*/gu;

describe("wordTokens", () => {
  it.each([
    ["accents and joiners", "A OpenAI lançou o GPT-4o por 3,5% — “não” é d’água.", ["A", "OpenAI", "lançou", "o", "GPT-4o", "por", "3,5", "não", "é", "d’água"]],
    ["Latin-1 digits and ordinals", "1º lugar, 2ª vez, x² e ½ copo", ["1º", "lugar", "2ª", "vez", "x²", "e", "½", "copo"]],
    ["NFD accents stay inside the word", "lanc\u0327ou", ["lanc\u0327ou"]],
    ["other scripts", "Дарио said 你好", ["Дарио", "said", "你好"]],
    ["astral letters", "𝐀𝐁 model", ["𝐀𝐁", "model"]],
  ])("%s", (_, text, words) => {
    expect(wordTokens(text)).toEqual(words);
  });

  it("finds no words in punctuation alone", () => {
    expect(wordTokens("— … “ ”")).toBeNull();
  });

  it("splits every text exactly as the Unicode pattern does", () => {
    const chars = fc.constantFrom(..."aZ09 .,'’-ªºµ²½ÀÖ×Øß÷ÿ“”–—…\u00a0\u0301çã€Ωд你𝐀\n".split(""), "𝐀");
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map((cs) => cs.join("")), (text) => {
      expect(wordTokens(text)).toEqual(text.match(TOKEN));
    }), { numRuns: 2000 });
  });

  it("leaves text beyond Latin-1 and typographic punctuation to the Unicode pattern", () => {
    const bounds = new WordBounds();
    expect(bounds.scanLatin("“não” — d’água…")).toBe(true);
    expect(bounds.count).toBe(2);
    expect(bounds.scanLatin("lanc\u0327ou")).toBe(false);
    expect(bounds.scanLatin("Дарио")).toBe(false);
  });

  it("collects the marks of the characters between words, and dashes, in the same scan", () => {
    const markOf = new Uint8Array(256);
    markOf["_".charCodeAt(0)] = 1;
    markOf[" ".charCodeAt(0)] = 2;
    markOf[0xa0] = 2;
    const bounds = new WordBounds(markOf);
    bounds.scanLatin("mark_size");
    expect(bounds.marks).toBe(1);
    bounds.scanLatin("sin — sine function");
    expect(bounds.marks).toBe(2 | DASH_MARK);
    bounds.scanLatin("A*X\u00a0=\u00a0C");
    expect(bounds.marks).toBe(2);
    bounds.scanLatin("while");
    expect(bounds.marks).toBe(0);
  });
});
