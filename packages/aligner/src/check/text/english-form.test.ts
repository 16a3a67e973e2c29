import { describe, expect, it } from "vitest";
import { englishAround, englishShowsForm, sharedLiteral, thinEnglish } from "./english-form.ts";

describe("sharedLiteral", () => {
  it.each(["kid3rc", "MTIOCPOS", "(N", "1,", "Dir::Ignore-Files-Silently", "nbArmiesByCountry", "--number", "x_ticks", "Konqueror"])("literal: %s", (t) => expect(sharedLiteral(t)).toBe(true));
  it.each(["arquivo", "total", "menu", "(manual)", "-"])("a word of prose: %s", (t) => expect(sharedLiteral(t)).toBe(false));
});

describe("thinEnglish / englishAround", () => {
  it("a pair's own English when it holds the Portuguese", () => {
    const pair = { pt: "o ficheiro kid3rc .", en: "the file kid3rc.", prevEn: "before", nextEn: "after" };
    expect(thinEnglish(pair)).toBe(false);
    expect(englishAround(pair)).toEqual(["the file kid3rc."]);
  });
  it("the neighbours' too when it is missing or thin (a 2:1 pair)", () => {
    expect(englishAround({ pt: "o ficheiro kid3rc na pasta de configuração .", en: "", prevEn: "a", nextEn: "b" })).toEqual(["a", "b"]);
    expect(englishAround({ pt: "o ficheiro kid3rc na pasta de configuração .", en: "Folder.", prevEn: "a" })).toEqual(["Folder.", "a"]);
  });
});

describe("englishShowsForm", () => {
  it.each([
    ["the same code token before a spaced stop, in the pair", { pt: "x", en: "the result is x2 ." }, " .", { before: "o resultado é x2" }],
    ["the same name before a spaced hyphen", { pt: "x", en: "Usage of KIO outside Konqueror - an example" }, " - ", { before: "Utilização do KIO fora do Konqueror", after: "um exemplo" }],
    ["the same figure after a spaced hyphen", { pt: "x", en: "something like length - 1 it has" }, " - ", { before: "algo do tipo tamanho", after: "1, terá" }],
    ["the same token in brackets before the hyphen", { pt: "x", en: "are O(N) (N - generic pattern count)" }, " - ", { before: "são O(N) (N", after: "contagem" }],
    ["in the English beside a thin pair", { pt: "Poderá definir mais formatos no ficheiro kid3rc .", en: "", prevEn: "Add lines to kid3rc .", nextEn: "Next." }, " .", { before: "no ficheiro kid3rc" }],
    ["both tokens glued by the same mark", { pt: "x", en: "the range low,high" }, ",", { before: "o intervalo low", after: "high", sides: "both" as const }],
  ])("shown: %s", (_n, pair, form, anchors) => expect(englishShowsForm(pair, form, anchors)).toBe(true));
  it.each([
    ["a translated word as the only anchor", { pt: "x", en: "the code - quite often" }, " - ", { before: "linhas de código", after: "frequentemente" }],
    ["the form elsewhere in the English, beside other tokens", { pt: "x", en: "buttons C1 - C6" }, " - ", { before: "os botões C2", after: "depois" }],
    ["the same literal without the form", { pt: "x", en: "the file kid3rc in the folder" }, " ,", { before: "o ficheiro kid3rc" }],
    ["the neighbours of a pair whose English holds it", { pt: "o ficheiro kid3rc .", en: "the file kid3rc", prevEn: "see kid3rc ." }, " .", { before: "o ficheiro kid3rc" }],
    ["a glued form with one token differing", { pt: "x", en: "the command,mode" }, ",", { before: "o co", after: "mando", sides: "both" as const }],
    ["a further condition the English fails", { pt: "x", en: "bsearch(&key)" }, "(", { before: "res = bsearch", after: "&key", literal: () => true, where: () => false }],
  ])("not shown: %s", (_n, pair, form, anchors) => expect(englishShowsForm(pair, form, anchors)).toBe(false));
});

