import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { markupHtmlTag } from "./markup-html-tag.ts";

describe("markup-html-tag", () => {
  it("hit: tags around words", () => {
    expect(runCheck(markupHtmlTag, { pt: "Não faz <b>nada</b> na realidade." })).toEqual(["<b>→", "</b>→"]);
  });
  it("hit: tags around quoted words (the quotes hold words, not the tag alone)", () => {
    expect(runCheck(markupHtmlTag, { pt: "Não faz \"<b>nada</b>\" na realidade." })).toEqual(["<b>→", "</b>→"]);
  });
  it.each([
    ["a tag the English shows too", "Use o elemento <b> para negrito.", "Use the <b> element for bold."],
    ["HTML quoted as code (GIMP python-fu-slice)", "<table cellpadding=\"0\">\n  <tr>\n    <td><img src=\"a.png\"/></td>\n  </tr>\n</table>", undefined],
    ["comparisons", "se x < 3 e y > 2", undefined],
    // Session 15: a tag alone between quotes is text that names or writes the markup (po4a's Perl: pushline("<p>")).
    ["a tag a program's string writes", "$self->pushline( \"<p>\" . $self->translate($para))", undefined],
    ["a tag the sentence names in quotes", "O marcador “<br/>” quebra a linha.", undefined],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(markupHtmlTag, en === undefined ? { pt } : { pt, en })).toEqual([]));
});
