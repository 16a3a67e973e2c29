import { describe, expect, it } from "vitest";
import { countLetters } from "./count-letters.ts";

const byPattern = (text: string): number => (text.match(/\p{L}/gu) ?? []).length;

describe("countLetters", () => {
  it("counts what the \\p{L} pattern matches, accents, other scripts and astral letters included", () => {
    const samples = [
      "", "123 !?", "Ação é necessária, não?", "GPT-4.0 — ‘olá’", "日本語のテキスト", "𝒜𝓁𝓅𝒽𝒶 e 😀 emoji", "a\ud835b", "\udc00x\ud800",
      "x = ceil([1.9 -2.5])-[2,-2]; // comentário", "ﬁm ﬂor Ǆ ǅ ǆ ʰ ª º",
    ];
    for (const s of samples) expect(countLetters(s), JSON.stringify(s)).toBe(byPattern(s));
  });

  it("agrees with the pattern on random text over a mixed alphabet", () => {
    const alphabet = [..."aZçÃé 1.-_/\n日ß", "\ud835\udc9c", "😀", "\ud800", "\udc00"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 500; k++) {
      let s = "";
      for (let i = next() % 40; i > 0; i--) s += alphabet[next() % alphabet.length];
      expect(countLetters(s), JSON.stringify(s)).toBe(byPattern(s));
    }
  });
});
