import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { untranslatedIdentical } from "./untranslated-identical.ts";

const quote = "In one example, provided by a tech worker who asked to remain anonymous for professional reasons, a user testing the service prompted ChatGPT.";

describe("untranslated-identical", () => {
  it("hit: a sentence copied from the English", () => {
    expect(runCheck(untranslatedIdentical, { pt: quote, en: quote })).toEqual([quote]);
  });
  it.each([
    ["a name", "Sam Altman:", "Sam Altman:"],
    ["a product line", "GPT-4o, o3 e R1", "GPT-4o, o3 e R1"],
    ["no English", "Texto em português aqui.", undefined],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(untranslatedIdentical, en === undefined ? { pt } : { pt, en })).toEqual([]));
});
