import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { markupEmphasis } from "./markup-emphasis.ts";
import { markupLink } from "./markup-link.ts";
import { markupSourceStub } from "./markup-source-stub.ts";

describe("markup-link", () => {
  it.each([
    ["stub", "Ouça no [Spotify](#), [iTunes](#)", ["[Spotify](#)→Spotify", "[iTunes](#)→iTunes"]],
    ["with a url", "veja [o artigo](https://x.com/a)", ["[o artigo](https://x.com/a)→o artigo"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(markupLink, { pt })).toEqual(expected));
  it.each([
    ["brackets in prose", "o modelo [de linguagem] (GPT) respondeu"],
    ["citation", "como disse ele [1]."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(markupLink, { pt })).toEqual([]));
});

describe("markup-emphasis", () => {
  it.each([
    ["bold", "respondia com: \"**Uau, isso mesmo garota.**\"", ["**Uau, isso mesmo garota.**→Uau, isso mesmo garota."]],
    ["italics", "o livro *Careless People* saiu", ["*Careless People*→Careless People"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(markupEmphasis, { pt })).toEqual(expected));
  it.each([
    ["multiplication", "2 * 3 * 4 = 24"],
    ["footnote star", "o preço* subiu"],
    ["bullet", "* primeiro item"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(markupEmphasis, { pt })).toEqual([]));
});

describe("markup-source-stub", () => {
  it.each([
    ["bare source link", "*[Source](#).", ["*[Source](#).→"]],
    ["credited source", "*Fonte: [Bloomberg](#)", ["*Fonte: [Bloomberg](#)→Fonte: Bloomberg"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(markupSourceStub, { pt })).toEqual(expected));
  it.each([
    ["plain credit", "Fonte: Bloomberg"],
    ["source in prose", "A fonte [Bloomberg](#) confirmou a notícia ontem."],
    ["italics", "*Nota* do editor."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(markupSourceStub, { pt })).toEqual([]));
});
