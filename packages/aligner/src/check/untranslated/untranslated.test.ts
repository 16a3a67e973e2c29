import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { untranslatedIdentical } from "./untranslated-identical.ts";
import { untranslatedLanguage } from "./untranslated-language.ts";
import { untranslatedWords } from "./untranslated-words.ts";

const quote = "In one example, provided by a tech worker who asked to remain anonymous for professional reasons, a user testing the service prompted ChatGPT.";

describe("untranslated-language", () => {
  it.each([
    ["English paragraph", quote, [quote]],
    ["English sentence inside Portuguese", `O relato dizia o seguinte. ${quote}`, [quote]],
    ["English title after a label", "Original Article Title: Sam Altman on Sora, Energy, and Building an AI Empire", ["Original Article Title: Sam Altman on Sora, Energy, and Building an AI Empire"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(untranslatedLanguage, { pt })).toEqual(expected));

  it.each([
    ["Portuguese", "Sobre o recente lançamento do modelo de vídeo Sora, Altman também delineou suas posições."],
    // Loanwords and names do not make a Portuguese sentence English.
    ["loanwords and names", "O feedback do ChatGPT sobre o prompt da startup foi publicado no blog da OpenAI."],
    ["short English", "Original Source: a16z"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(untranslatedLanguage, { pt })).toEqual([]));
});

describe("untranslated-words", () => {
  it.each([
    ["label", "Original Source: a16z", ["Original Source"]],
    ["lower-case phrase", "ceo “ai unicorn”: o futuro", ["ai unicorn"]],
    ["link text", "*[Source](#).", ["Source"]],
    ["phrase with and", "Compilation and Translation: Long Yue", ["Compilation and Translation"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(untranslatedWords, { pt })).toEqual(expected));

  it.each([
    ["title of a book", "o livro Careless People saiu"],
    ["loanwords", "o feedback da startup sobre o prompt"],
    ["one English word", "o ranking do mercado"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(untranslatedWords, { pt })).toEqual([]));
});

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

describe("untranslated-words, names", () => {
  const spellers = { en: { correct: (w: string) => ["jordan", "game", "thrones"].includes(w.toLowerCase()) }, pt: { correct: () => false } };
  it.each([
    // A speaker label is a name followed by a colon, not an English label.
    ["speaker label", "Jordan Schneider: Quero enfatizar"],
    ["title with of", "como em Game of Thrones, os dragões"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(untranslatedWords, { pt }, { spellers })).toEqual([]));
});
