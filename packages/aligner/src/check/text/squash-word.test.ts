import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { squashWord } from "./squash-word.ts";
import { squash } from "./words.ts";

describe("squashWord", () => {
  it("keys a word as squash does, ASCII shortcut or not", () => {
    for (const w of ["DeepSeek", "GPT-4.0", "Noé", "o'neill", "R1", "São"]) expect(squashWord(w)).toBe(squash(w));
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (w) => squashWord(w) === squash(w)), { numRuns: 1000 });
  });
});
