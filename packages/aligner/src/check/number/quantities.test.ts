import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayHaveQuantity, quantities } from "./quantities.ts";

const PIECES = {
  pt: ["Três", "vinte", "e", "cinco", "um", "bilhão", "mil", "milhões", "dezembro", "cem", "modelo", "10", "x", "vezes", "setembro", "uma"],
  en: ["Three", "twenty", "five", "a", "billion", "one", "thousand", "often", "ten", "written", "100", "x", "times", "model", "an", "million"],
};
const SEPARATORS = [" ", "-", ", ", ".", "'"];

describe("mayHaveQuantity", () => {
  it.each(["pt", "en"] as const)("%s: never rules out a text that has a quantity", (lang) => {
    const text = fc.array(fc.tuple(fc.constantFrom(...PIECES[lang]), fc.constantFrom(...SEPARATORS)), { maxLength: 8 }).map((ps) => ps.flat().join(""));
    fc.assert(fc.property(text, (t) => {
      if (quantities(t, lang).length) expect(mayHaveQuantity(t, lang)).toBe(true);
    }), { numRuns: 2000 });
  });

  it("rules out plain prose", () => {
    expect(mayHaveQuantity("o modelo saiu em dezembro", "pt")).toBe(false);
    expect(mayHaveQuantity("the model is often written about", "en")).toBe(false);
  });
});
