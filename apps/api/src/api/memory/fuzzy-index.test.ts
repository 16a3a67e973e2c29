import { describe, expect, it } from "vitest";
import { FuzzyIndex } from "./fuzzy-index.ts";

function indexOf(texts: string[]): FuzzyIndex<number> {
  const index = new FuzzyIndex<number>();
  texts.forEach((t, i) => index.set(`u${i}`, t, i));
  return index;
}

const MEMORY = [
  "The model was trained on public data.",
  "The model was trained on private data.",
  "We released the weights last year.",
  "Nobody expected the results to be this good.",
  "The data was public.",
];

describe("FuzzyIndex", () => {
  it("gives an exact repetition score 1, ahead of a near one", () => {
    const hits = indexOf(MEMORY).lookup("The model was trained on public data.", 0.7, 3);
    expect(hits.map((h) => [h.key, h.score.toFixed(2)])).toEqual([["u0", "1.00"], ["u1", "0.84"]]);
  });

  it("ignores case and spacing slips", () => {
    expect(indexOf(MEMORY).lookup("the  model was trained on PUBLIC data.", 0.7, 1)[0]?.score).toBe(1);
  });

  it("finds nothing under the threshold (a sentence sharing only common words)", () => {
    expect(indexOf(MEMORY).lookup("The weather was nice on the day of the launch.", 0.7, 3)).toEqual([]);
  });

  it("finds a near match whose rarest word differs (candidates come from several rare words)", () => {
    const hits = indexOf(MEMORY).lookup("We released the weights last month.", 0.7, 3);
    expect(hits[0]?.key).toBe("u2");
  });

  it("forgets a deleted entry and replaces one set again", () => {
    const index = indexOf(MEMORY);
    index.delete("u0");
    index.set("u1", "Something else entirely, about cooking.", 1);
    expect(index.lookup("The model was trained on public data.", 0.7, 3)).toEqual([]);
    expect(index.size).toBe(4);
  });

  it("still finds a sentence with typos in several words (unknown words)", () => {
    expect(indexOf(MEMORY).lookup("The modle was trianed on public data.", 0.7, 1)[0]?.key).toBe("u0");
  });

  it("skips the keys it is told to (the pair looked up)", () => {
    expect(indexOf(MEMORY).lookup(MEMORY[0]!, 0.7, 3, (k) => k === "u0").map((h) => h.key)).toEqual(["u1"]);
  });
});
