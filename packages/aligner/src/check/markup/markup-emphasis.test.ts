import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { boldsLabels, markupEmphasis } from "./markup-emphasis.ts";

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
  // Help pages set interface labels in bold: the English's markers, as many, around its own words.
  it("near miss: bold labels the English sets in bold too", () =>
    expect(runCheck(markupEmphasis, { pt: "1. Abra **Configurações** e clique em **Compartilhamento**.", en: "1. Open **Settings** and click **Sharing**." })).toEqual([]));
  it("hit: more bold spans than the English has", () =>
    expect(runCheck(markupEmphasis, { pt: "Abra **Configurações** e clique em **Compartilhamento**.", en: "Open **Settings** and click Sharing." }))
      .toEqual(["**Configurações**→Configurações", "**Compartilhamento**→Compartilhamento"]));
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

// Session 18 (hand-written desktop help in Markdown): a document that sets its interface labels in bold.
describe("markup-emphasis, bold interface labels as the document's format", () => {
  const steps = [
    { pt: "1. Abra **Configurações** e clique em **Compartilhamento**." },
    { pt: "2. Escolha **Exibir ▸ Barras de ferramentas**." },
    { pt: "**Nota:** se houver um firewall, a porta precisa estar aberta." },
  ];
  it("near miss: labels in a document that bolds only labels", () => {
    expect(boldsLabels(steps)).toBe(true);
    for (const pair of steps) expect(runCheck(markupEmphasis, pair, { document: { boldLabels: true } })).toEqual([]);
  });
  it("hit: a bolded sentence is no label, and the document's bold is then no format", () => {
    const pairs = [...steps, { pt: "Ele respondeu: \"**Uau, isso mesmo garota.**\"" }];
    expect(boldsLabels(pairs)).toBe(false);
    expect(runCheck(markupEmphasis, pairs[3]!, { document: { boldLabels: true } })).toEqual(["**Uau, isso mesmo garota.**→Uau, isso mesmo garota."]);
  });
  it("hit: with English, a label the English does not bold is still flagged", () => {
    expect(runCheck(markupEmphasis, { pt: "Clique em **Aplicar**.", en: "Click Apply." }, { document: { boldLabels: true } })).toEqual(["**Aplicar**→Aplicar"]);
  });
  it("hit: one bold label alone is no habit", () => {
    expect(boldsLabels([{ pt: "Clique em **Aplicar** para continuar." }])).toBe(false);
  });
});
