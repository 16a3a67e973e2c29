import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { punctuationHyphenDash } from "./punctuation-hyphen-dash.ts";

describe("punctuation-hyphen-dash", () => {
  it.each([
    ["hit: spaced hyphen", "Fiquei chocado - é como se mudar", [" - → — "]],
    ["near miss: range", "uma proposição de 60-40 ou 70-30", []],
    ["near miss: bullet", "- Por que a OpenAI está mudando;", []],
    ["near miss: compound", "o pós-treinamento e o band-aid", []],
  ])("%s", (_name, pt, expected) => expect(runCheck(punctuationHyphenDash, { pt })).toEqual(expected));
});
