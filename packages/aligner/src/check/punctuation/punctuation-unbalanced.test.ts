import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { punctuationUnbalanced } from "./punctuation-unbalanced.ts";
import { DEFAULT_CONTEXT } from "../render-flags.ts";
import type { CheckInput } from "../../types.ts";

describe("punctuation-unbalanced", () => {
  it.each([
    ["hit: open bracket", "o modelo (que é grande custa caro.", ["("]],
    ["hit: curly quote", "ele disse “sim e saiu sem terminar", ["“"]],
    ["near miss: balanced", "ele disse “sim” (de novo).", []],
  ])("%s", (_name, pt, expected) => expect(runCheck(punctuationUnbalanced, { pt })).toEqual(expected));

  it("near miss: a quotation that continues in the next segment", () => {
    expect(runCheck(punctuationUnbalanced, { pt: "Ele disse: “Vamos.", nextPt: "Agora.”" })).toEqual([]);
    expect(runCheck(punctuationUnbalanced, { pt: "Ele disse: \"Vamos.", nextPt: "Agora.\"" })).toEqual([]);
  });
});

describe("punctuation-unbalanced, quotations over several sentences", () => {
  it.each([
    ["opening", { pt: "Temos essa frase de Confúcio: \"Aos 15 anos eu tinha a mente inclinada a aprender.", nextPt: "Aos 30, permaneci firme." }],
    ["closing", { pt: "Aos 70, eu podia seguir o que meu coração desejava\".", prevPt: "Aos 60, meu ouvido era obediente." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationUnbalanced, pair)).toEqual([]));

  it("hit: a quotation opened mid-sentence and never closed", () => {
    expect(runCheck(punctuationUnbalanced, { pt: "Ele disse \"sim e saiu da sala sem mais", nextPt: "Depois voltou." })).toEqual(["\""]);
  });
});

// Reference pages of the development corpus: brackets the original leaves open on purpose.
describe("punctuation-unbalanced, intervals and the English's shape", () => {
  it.each([
    ["a half-open interval", { pt: "os resultados são reais em ]-∞,-1] ∪ [1,∞[." }],
    ["the English leaves the same bracket open", { pt: "para t em [ tk , tk+1 ):", en: "for t in [ tk , tk+1 ):" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationUnbalanced, pair)).toEqual([]));
  it("hit: the English closes what the Portuguese leaves open", () => {
    expect(runCheck(punctuationUnbalanced, { pt: "o ficheiro de controlo (ou o indicado, desde a versão 1.2", en: "the control file (or the one given, since 1.2)" })).toEqual(["("]);
  });
});

// Development corpus, tuning half: marks that are no punctuation, and code cut into pieces.
describe("punctuation-unbalanced, development corpus", () => {
  it.each([
    ["an escape sequence", { pt: "usando Apagar na Linha (EL) para Direita (\\33[K) toda vez que um item termina." }],
    ["an escape sequence written with ESC", { pt: "O terminal recebe a sequência ESC [ 1 ; n e muda a cor." }],
    ["a mark named in quotes", { pt: "até o primeiro argumento que começa com \"-\" ou o argumento \"(\" ou \"!\"." }],
    ["a bracket named as a word", { pt: "Para incluir um ] literal, coloque-o primeiro na lista." }],
    ["printf directives", { pt: "as diretivas %{ %[ %( são reservadas" }],
    ["an escaped parenthesis in a command", { pt: "find . \\( -name a -o -name b \\) -print -prune e depois" }],
    ["a piece of code cut by the segmenter", { pt: "'%pi'])" }],
    ["a statement's continuation", { pt: "deff('xcd=f(t,xc,xd,iflag)',..." }],
    ["a string continued on the next line, as in the English", { pt: "\"Creates a simple text box, sized to fit\\", en: "\"Creates a simple text box, sized to fit\\" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationUnbalanced, pair)).toEqual([]));
  it.each([
    ["a parenthesis the translation left open", { pt: "existem algumas questões (por exemplo em partman em que têm de ser utilizados os valores.", en: "there are some questions (for example in partman) where values are used." }, ["("]],
    ["a stray closing bracket after a word", { pt: "O nome deverá, tipicamente, ser um] imagem compactada com o gzip." }, ["]"]],
    ["a call that closes with the wrong bracket", { pt: "Use ssprint(sl, out] para imprimir o sistema linear." }, ["(", "]"]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(punctuationUnbalanced, pair)).toEqual(expected));
});

// Development corpus, tune half (session 6): the segmenter cut a sentence inside its brackets.
describe("punctuation-unbalanced, brackets across a cut", () => {
  const run = (pairs: CheckInput[]) => punctuationUnbalanced.runDocument!(pairs, DEFAULT_CONTEXT).pairFlags.map((fs) => fs.map((f) => f.text));
  it("near miss: cut at a file name's dot (Scilab intg)", () =>
    expect(run([
      { pt: "Funções Utilizadas : As rotinas associadas (dqags.", gapBefore: "\n\n" },
      { pt: "f e dqagse.", gapBefore: "" },
      { pt: "f de quadpack) podem ser encontradas no diretório SCI/modules.", gapBefore: "" },
    ])).toEqual([[], [], []]));
  it("near miss: cut after an operator (find)", () =>
    expect(run([
      { pt: "mas não são executáveis para ninguém (!", gapBefore: "\n\n" },
      { pt: "-perm /111 ou !", gapBefore: " " },
      { pt: "-perm /a+x, respectivamente).", gapBefore: " " },
    ])).toEqual([[], [], []]));
  it("hit: the partner is in the next paragraph, not this one's", () =>
    expect(run([
      { pt: "o modelo (que é grande custa caro.", gapBefore: "\n\n" },
      { pt: "Outro parágrafo começa aqui) e acaba.", gapBefore: "\n\n" },
    ])).toEqual([["("], [")"]]));
});

// Session 17 (issue 12, "the form follows the English"): the English beside a thin pair leaves the same bracket open
// beside the same token (a call the segmenter cut on both sides).
describe("punctuation-unbalanced, the English beside a thin pair (session 17)", () => {
  const pt = "Os resultados são guardados em res = bsearch(&key, months, ARRAY_SIZE(months), no fim da lista";
  it("near miss: the neighbour's English leaves the call's bracket open too", () =>
    expect(runCheck(punctuationUnbalanced, { pt, en: "", prevEn: "The results are kept in res = bsearch(&key, months, ARRAY_SIZE(months)," })).toEqual([]));
  it("hit: the neighbour's English closes it", () =>
    expect(runCheck(punctuationUnbalanced, { pt, en: "", prevEn: "The results are kept in res = bsearch(&key, months) at the end" })).not.toEqual([]));
});

// Session 18 (scientific reference pages): intervals with an open end, in either notation, read without the English.
describe("punctuation-unbalanced, open intervals", () => {
  it.each([
    ["[a, b) and (a, b]", "O resultado está em [0, m) quando m > 0 e em (m, 0] quando m < 0."],
    ["bounds named", "Com \"unf\", os valores ficam em [Low, High); o limite superior nunca é atingido."],
    ["ISO notation, both ends open", "y: vetor real do mesmo tamanho que x, com valores em ]-1, 1[."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(punctuationUnbalanced, { pt })).toEqual([]));
  it.each([
    ["a bracket left open in prose before two words", "O valor (veja a, b] é usado pela função de custo.", ["(", "]"]],
    ["three items are no interval", "Os valores [1, 2, 3) são usados pela função de custo.", [")", "["]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(punctuationUnbalanced, { pt })).toEqual(expected));
});
