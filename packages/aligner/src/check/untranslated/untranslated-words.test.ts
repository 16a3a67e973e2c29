import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { untranslatedWords } from "./untranslated-words.ts";


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

describe("untranslated-words, names", () => {
  const spellers = { en: { correct: (w: string) => ["jordan", "game", "thrones"].includes(w.toLowerCase()) }, pt: { correct: () => false } };
  it.each([
    // A speaker label is a name followed by a colon, not an English label.
    ["speaker label", "Jordan Schneider: Quero enfatizar"],
    ["title with of", "como em Game of Thrones, os dragões"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(untranslatedWords, { pt }, { spellers })).toEqual([]));
});
