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

// Development corpus (Scilab help, GIMP help, man pages): a minus sign, not a dash.
describe("punctuation-hyphen-dash, development corpus", () => {
  it.each([
    ["a minus between terms of a formula", { pt: "(s*E-A)^-1 = (Bfs/chis) - Bis." }],
    ["a minus inside a call", { pt: "a aproximação é próxima a x no sentido de que abs(N./D - X) <= tol*abs(x)." }],
    ["a formula copied from the English", { pt: "(a1/d) - inv(a)", en: "(a1/d) - inv(a)" }],
    ["a formula written in words", { pt: "Tom da direita = Cor da borda - metade da influência" }],
    ["the minus sign named after the plus", { pt: "Os prefixos + e - significam maior que e menor que." }],
    ["the minus sign named", { pt: "Note o sinal - antes de Bis." }],
    ["a help page's navigation trail", { pt: "Scilab Help >> Arquivos : funções de Entrada/Saída > Paths - Filenames > filesep" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it.each([
    ["a dash between prose words, the English's words differ", { pt: "Mudanças (HTML dividido) - o manual está dividido entre muitas páginas.", en: "Changes (split HTML) - the manual is split between many pages." }],
    ["a dash after a word ending a clause with an equals sign on another line", { pt: "x = 1\nO valor muda - e depressa." }],
  ])("hit: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([" - → — "]));
});

// Session 8 (tune half, KDE handbooks): the two tokens around the hyphen compared as words, without the punctuation the
// sentence attaches to them. Seen in KCalc's pt-BR and pt-PT handbooks.
describe("punctuation-hyphen-dash, the English's own tokens around the hyphen (issue 12, session 8)", () => {
  it.each([
    ["a range of buttons followed by a comma (KCalc 'C1 - C6,')", { pt: "podem ser colocadas em qualquer um dos seis botões C1 - C6, selecionando a constante.", en: "can be put on any of the six buttons C1 - C6 by selecting the desired constant." }],
    ["a range in brackets (the English's '(F1 - F12)')", { pt: "as teclas de função (F1 - F12).", en: "the function keys (F1 - F12) are free." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it.each([
    ["the word before the hyphen translated", { pt: "a lista de botões, - e depois", en: "the list of buttons, - and then" }],
    ["the English's tokens differ", { pt: "os botões C1 - depois C6, agora", en: "the buttons C1 - C6 now" }],
  ])("hit: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([" - → — "]));
});
