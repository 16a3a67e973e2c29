import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { untranslatedLanguage } from "./untranslated-language.ts";

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

describe("untranslated-language, titles", () => {
  it("near miss: a book title kept in English inside a Portuguese sentence", () => {
    expect(runCheck(untranslatedLanguage, { pt: "Veja também o livro “Structure and Interpretation of Computer Programs” para mais." })).toEqual([]);
  });
  it("near miss: a title with a comma kept in English", () => {
    expect(runCheck(untranslatedLanguage, { pt: "Leia o livro “Hackers, Heroes of the Computer Revolution”." })).toEqual([]);
  });
  it("near miss: a quotation the English has word for word (a title in lower case)", () => {
    const pt = "Leia o artigo “the cathedral and the bazaar, as seen by its users”.";
    expect(runCheck(untranslatedLanguage, { pt, en: "Read the article “the cathedral and the bazaar, as seen by its users”." })).toEqual([]);
  });
});
