import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { markupSourceStub } from "./markup-source-stub.ts";

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
