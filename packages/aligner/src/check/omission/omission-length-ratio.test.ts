import { describe, expect, it } from "vitest";
import { DEFAULT_CONTEXT, runCheck } from "../render-flags.ts";
import { omissionLengthRatio } from "./omission-length-ratio.ts";

describe("omission-length-ratio", () => {
  const long = "A velocidade com que ele fornece informações ponderadas é rápida o suficiente para acompanhar.";
  it("hit: half a sentence missing", () => {
    expect(runCheck(omissionLengthRatio, { pt: "Ele fornece.", en: "The speed at which it provides thoughtful information is fast enough to keep up with my line of reasoning." })).toHaveLength(1);
  });
  it("clean: a usual translation", () => {
    expect(runCheck(omissionLengthRatio, { pt: long, en: "The speed at which it provides considered information is fast enough to keep up." })).toEqual([]);
  });
  it("near miss: short pairs are not judged", () => {
    expect(runCheck(omissionLengthRatio, { pt: "Sim.", en: "Yes, exactly, that is right." })).toEqual([]);
  });
  it("uses the document's own norm", () => {
    // A document whose Portuguese runs twice the English: a pair at that ratio is normal there.
    const pairs = Array.from({ length: 10 }, () => ({ pt: long + " " + long, en: "The speed at which it provides considered information is fast." }));
    const found = omissionLengthRatio.runDocument!(pairs, DEFAULT_CONTEXT);
    expect(found.pairFlags.flat()).toEqual([]);
  });
});

// Reference pages of the development corpus: a "see also" list and code, whose wording follows the page's version.
describe("omission-length-ratio, reference pages", () => {
  it.each([
    ["a function name for its entry", { pt: "horner", en: "horner — evaluates some polynomials or rationals for given values" }],
    ["two entries of one name", { pt: "floor — arredondamento para o inteiro menor ou igual ao número", en: "floor — round down" }],
    ["a code line with a comment more", { pt: "e.fill_mode='off';", en: "e.fill_mode='off'; // shows only the contour of the polygon drawn" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(omissionLengthRatio, pair)).toEqual([]));
});
