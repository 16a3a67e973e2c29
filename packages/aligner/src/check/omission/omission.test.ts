import { describe, expect, it } from "vitest";
import { DEFAULT_CONTEXT, runCheck } from "../render-flags.ts";
import { omissionEmptySide } from "./omission-empty-side.ts";
import { omissionLengthRatio } from "./omission-length-ratio.ts";

describe("omission-empty-side", () => {
  it.each([
    ["English only (0-1)", { pt: "", en: "He left." }, [""]],
    ["Portuguese only (1-0)", { pt: "Populares", en: "" }, ["Populares"]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(omissionEmptySide, pair)).toEqual(expected));
  it.each([
    ["no English in the document", { pt: "Texto sozinho." }],
    ["both sides", { pt: "Ele saiu.", en: "He left." }],
    ["punctuation only", { pt: "—", en: "" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(omissionEmptySide, pair)).toEqual([]));
});

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
