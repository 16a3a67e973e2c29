import { describe, expect, it } from "vitest";
import type { Speller } from "../../types.ts";
import { memoPerSpeller } from "./memo-per-speller.ts";

const speller = (words: string[]): Speller => ({ correct: (w) => words.includes(w) });

describe("memoPerSpeller", () => {
  it("computes a word once per dictionary, undefined answers included, and keeps dictionaries apart", () => {
    let calls = 0;
    const known = memoPerSpeller(10, (word, s) => { calls++; return s.correct(word) ? word : undefined; });
    const a = speller(["casa"]);
    const b = speller([]);
    expect([known("casa", a), known("casa", a), known("gato", a), known("gato", a)]).toEqual(["casa", "casa", undefined, undefined]);
    expect(known("casa", b)).toBeUndefined();
    expect(calls).toBe(3);
  });
  it("starts again past its limit and still answers right", () => {
    let calls = 0;
    const known = memoPerSpeller(2, (word) => { calls++; return word.length; });
    const s = speller([]);
    expect(["a", "bb", "ccc", "a"].map((w) => known(w, s))).toEqual([1, 2, 3, 1]);
    expect(calls).toBe(4);
  });
});
