import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasSpacedWords, standsWhole } from "./spaced-words.ts";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
/** The pattern the checks used to build from the words (the reference; only a test builds it). */
const byPattern = (text: string, parts: string[]): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${parts.map(escape).join("[\\s-]+")}(?![\\p{L}\\p{N}])`, "u").test(text);

describe("words separated by spaces or hyphens", () => {
  it("finds a label the English quotes, however its words are spaced or hyphenated", () => {
    expect(hasSpacedWords("Guided - use entire disk", ["Guided", "use", "entire", "disk"])).toBe(true);
    expect(hasSpacedWords("keep-alive packets", ["keep", "alive"])).toBe(true);
    expect(hasSpacedWords("keepalive packets", ["keep", "alive"])).toBe(false);
  });

  it("wants the words whole: no letter or digit just before or after", () => {
    expect(hasSpacedWords("unkeep alive", ["keep", "alive"])).toBe(false);
    expect(hasSpacedWords("keep alive2", ["keep", "alive"])).toBe(false);
    expect(hasSpacedWords("(keep alive)", ["keep", "alive"])).toBe(true);
    expect(hasSpacedWords("𝐀keep alive", ["keep", "alive"])).toBe(false);
  });

  // Letters, digits, separators, punctuation, a surrogate pair that is a letter and one that is not, and lone halves.
  const unit = fc.constantFrom("a", "b", "A", "é", "1", " ", "-", "\u00a0", "\n", ".", "(", "𝐀", "😀", "\ud835", "\udc00", "_", "–");
  const word = fc.array(fc.constantFrom("a", "b", "é", "1", ".", "(", "𝐀", "😀", "\ud835", "\udc00", "_", "–"), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(""));

  it("answers as the pattern does, on any text and words", () => {
    fc.assert(fc.property(fc.array(unit, { maxLength: 14 }).map((cs) => cs.join("")), fc.array(word, { maxLength: 3 }), (text, parts) => {
      expect(hasSpacedWords(text, parts)).toBe(byPattern(text, parts));
    }), { numRuns: 200 });
  }, 30_000);

  it("answers as the pattern does on texts that hold the words", () => {
    const sep = fc.array(fc.constantFrom(" ", "-", "\t", " - "), { minLength: 1, maxLength: 2 }).map((cs) => cs.join(""));
    fc.assert(fc.property(fc.array(unit, { maxLength: 3 }), fc.array(word, { minLength: 1, maxLength: 3 }), fc.array(sep, { minLength: 3, maxLength: 3 }), fc.array(unit, { maxLength: 3 }),
      (before, parts, seps, after) => {
        const text = before.join("") + parts.map((p, k) => (k ? seps[k]! : "") + p).join("") + after.join("");
        expect(hasSpacedWords(text, parts)).toBe(byPattern(text, parts));
      }), { numRuns: 200 });
  }, 30_000);

  it("takes a text with spaces in it as one word when asked whether it stands whole", () => {
    expect(standsWhole("the Graphical install menu", "Graphical install")).toBe(true);
    expect(standsWhole("the Graphical installer menu", "Graphical install")).toBe(false);
    const piece = fc.constantFrom("a", "é", "1", " ", "-", "𝐀", "\udc00", "\ud835", ".", "ab");
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }).map((cs) => cs.join("")), fc.array(piece, { minLength: 1, maxLength: 4 }).map((cs) => cs.join("")), (text, word) => {
      expect(standsWhole(text, word)).toBe(new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, "u").test(text));
    }), { numRuns: 200 });
  }, 30_000);
});
