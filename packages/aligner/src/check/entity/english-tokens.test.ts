import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiShape, englishTokens } from "./english-tokens.ts";

describe("asciiShape", () => {
  it("says of an ASCII word what englishTokens' patterns say", () => {
    const word = fc.string({ unit: fc.constantFrom(..."AZaz09Mm_-'.".split("")), minLength: 1, maxLength: 8 });
    fc.assert(fc.property(word, (t) => {
      const code = /^\p{Lu}[\p{Lu}\p{N}_]+$/u.test(t) || /\p{Ll}\p{Lu}/u.test(t) || /_/u.test(t) || (/\p{N}/u.test(t) && /\p{L}/u.test(t));
      expect(asciiShape(t), t).toBe(code ? 1 : /^\p{Lu}\p{Ll}+$/u.test(t) ? 2 : 3);
    }), { numRuns: 3000 });
  });

  it("leaves a word with any other character to the patterns", () => {
    expect(asciiShape("Ação")).toBe(0);
    expect(asciiShape("O’Neil")).toBe(0);
  });
});

describe("englishTokens", () => {
  it("keeps code and coined names as code, and a capitalised word mid-sentence as a name", () => {
    expect(englishTokens("Set DPKG_ROOT in the upstream Makefile of OpenSSL or Ação 2.0")).toEqual(expect.arrayContaining([
      { text: "DPKG_ROOT", coined: true },
      { text: "Makefile", coined: false },
      { text: "OpenSSL", coined: true },
      { text: "Ação", coined: false },
    ]));
    expect(englishTokens("Open the file.").map((t) => t.text)).not.toContain("Open");
  });
});
