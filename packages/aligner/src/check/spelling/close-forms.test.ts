import { describe, expect, it } from "vitest";
import type { Speller } from "../../types.ts";
import { closeForms } from "./close-forms.ts";
import { verbForNoun } from "./verb-for-noun.ts";

const speller = (words: string[]): Speller => ({ correct: (w) => words.includes(w) });

describe("closeForms", () => {
  it("finds the accepted word one accent, swap or doubled letter away", () => {
    const pt = speller(["ouça", "correntes"]);
    expect(closeForms("ouçá", pt)).toEqual(["ouça"]);
    expect(closeForms("corerntes", pt)).toEqual(["correntes"]);
  });

  it("tries accents only when asked, though the same word was asked with every slip before", () => {
    const pt = speller(["correntes"]);
    expect(closeForms("corerntes", pt, "all")).toEqual(["correntes"]);
    expect(closeForms("corerntes", pt, "accents")).toEqual([]);
  });

  it("answers each dictionary apart (the answers are remembered per dictionary)", () => {
    expect(closeForms("cafe", speller(["café"]))).toEqual(["café"]);
    expect(closeForms("cafe", speller(["cafê"]))).toEqual(["cafê"]);
  });
});

describe("verbForNoun", () => {
  const pt = speller(["numerar", "número"]);
  it("gives the noun a lost accent turned into a verb, after a determiner", () => {
    expect(verbForNoun("numero", "o", undefined, pt)).toBe("número");
  });

  it("says nothing where the word may be the verb, though the noun was found before", () => {
    expect(verbForNoun("numero", "o", "ele", pt)).toBeUndefined();
    expect(verbForNoun("numero", "eu", undefined, pt)).toBeUndefined();
  });

  it("answers each dictionary apart", () => {
    expect(verbForNoun("numero", "o", undefined, speller(["numerar"]))).toBeUndefined();
  });
});
