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

// Help and reference pages of the development corpus.
describe("punctuation-hyphen-dash, software help", () => {
  it.each([
    ["a spaced range between figures", { pt: "as direções de uma bússola (0 - 360)." }],
    ["a code line", { pt: "y = atan(-%eps - 2*%i);" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it("hit: the English has a dash where the Portuguese has a spaced hyphen", () => {
    expect(runCheck(punctuationHyphenDash, { pt: "Recarrega a imagem - a menos que outro aplicativo a mude.", en: "It reloads the image — unless another application changed it." })).toEqual([" - → — "]);
  });
});
