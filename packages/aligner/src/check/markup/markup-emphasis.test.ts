import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { markupEmphasis } from "./markup-emphasis.ts";

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

// Development corpus, tuning half: asterisks and underscores that are the text's own.
describe("markup-emphasis, development corpus", () => {
  it.each([
    ["markers the English has too", { pt: "O campo de acção é \"**CONFIGURE**\" se o pacote", en: "The action field is \"**CONFIGURE**\" if the package" }],
    ["C macros", { pt: "quando as macros __TIME__, __DATE__ e __TIMESTAMP__ são usadas." }],
    ["a glob in quotes", { pt: "O padrão \"*foo*\" também corresponderá a um arquivo." }],
    ["a glob before an extension", { pt: "$ grep -n -- 'f.*\\.c$' *g*.h /dev/null" }],
    ["a formula", { pt: "%i*csgn(%i*(1−1 ./ x))*asec(x)=csgn(%i*(1 − 1 ./ x))" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(markupEmphasis, pair)).toEqual([]));
  it.each([
    ["bold around words the English has plain", { pt: "Veja **a seção seguinte** para mais.", en: "See the next section for more." }, ["**a seção seguinte**→a seção seguinte"]],
    ["italics around a word", { pt: "É um *filtro* de cor." }, ["*filtro*→filtro"]],
    ["bold around a call and a word", { pt: "A seqüência de comando **tic(); operation**; toc(); imprime o tempo." }, ["**tic(); operation**→tic(); operation"]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(markupEmphasis, pair)).toEqual(expected));
});
