import { describe, expect, it } from "vitest";
import type { Term } from "../../types.ts";
import { runCheck } from "../render-flags.ts";
import { entityTerm } from "./entity-term.ts";

const terms: Term[] = [{ term: "DeepSeek" }, { term: "AlphaFold" }, { term: "Noah Smith" }, { term: "GPT-4o", aliases: ["GPT-4 Omni"] }];

describe("entity-term", () => {
  it.each([
    ["split", "o deep seek lançou", ["deep seek→DeepSeek"]],
    ["hyphenated", "o Alpha-Fold previu", ["Alpha-Fold→AlphaFold"]],
    ["misheard", "disse noé smith", ["noé smith→Noah Smith"]],
    ["digit", "o GPT-4.0 respondeu", ["GPT-4.0→GPT-4o"]],
  ])("hit: %s", (_name, pt, expected) => {
    expect(runCheck(entityTerm, { pt }, { terms })).toEqual(expected);
  });

  it.each([
    ["exact", "o DeepSeek e o AlphaFold"],
    ["alias", "o GPT-4 Omni respondeu"],
    ["no terms", "o deep seek lançou"],
  ])("clean: %s", (name, pt) => {
    expect(runCheck(entityTerm, { pt }, { terms: name === "no terms" ? [] : terms })).toEqual([]);
  });

  it.each([
    ["Noé alone", "Noé construiu a arca."],
    // "deep" alone is a word that happens to start the term; it needs "seek" to be the term.
    ["prefix word", "um aprendizado deep e rápido"],
  ])("near miss: %s", (_name, pt) => {
    expect(runCheck(entityTerm, { pt }, { terms })).toEqual([]);
  });
});
