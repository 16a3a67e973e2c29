import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labels } from "./copied-labels.ts";

describe("labels", () => {
  it("finds what LABEL finds, with or without a delimiter in the text", () => {
    const text = fc.array(fc.constantFrom(..."Ab c. é,\n“”\"«»()[]>> :x".split("")), { maxLength: 30 }).map((cs) => cs.join(""));
    fc.assert(fc.property(text, (t) => { expect(labels(t)).toEqual(labels(t, false)); }), { numRuns: 3000 });
  });

  it("takes a short text with no delimiter as one label, and a sentence as none", () => {
    expect(labels(" Sparse Matrix Conversion.")).toEqual([{ start: 1, end: 25, text: "Sparse Matrix Conversion", quoted: false }]);
    expect(labels("uma frase inteira com mais de cinco palavras")).toEqual([]);
    expect(labels("")).toEqual([]);
  });
});
