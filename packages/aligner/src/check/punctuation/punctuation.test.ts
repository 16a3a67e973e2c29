import { describe, expect, it } from "vitest";
import type { Check } from "../check.ts";
import { runCheck } from "../render-flags.ts";
import { punctuationHyphenDash } from "./punctuation-hyphen-dash.ts";
import { punctuationMissingSpace } from "./punctuation-missing-space.ts";
import { punctuationSpacing } from "./punctuation-spacing.ts";
import { punctuationStrayStop } from "./punctuation-stray-stop.ts";
import { punctuationUnbalanced } from "./punctuation-unbalanced.ts";

const table: [Check, string, string, string[]][] = [
  [punctuationHyphenDash, "hit: spaced hyphen", "Fiquei chocado - é como se mudar", [" - → — "]],
  [punctuationHyphenDash, "near miss: range", "uma proposição de 60-40 ou 70-30", []],
  [punctuationHyphenDash, "near miss: bullet", "- Por que a OpenAI está mudando;", []],
  [punctuationHyphenDash, "near miss: compound", "o pós-treinamento e o band-aid", []],
  [punctuationMissingSpace, "hit: full stop", "as capacidades aumentam.amodei acredita", ["aumentam.amodei→aumentam. Amodei"]],
  [punctuationMissingSpace, "hit: colon and comma", "a resposta é:os dados, saber,qual", ["é:os→é: os", "saber,qual→saber, qual"]],
  [punctuationMissingSpace, "hit: question mark", "talvez 10?se for", ["10?se→10? Se"]],
  [punctuationMissingSpace, "near miss: domain", "acesse openai.com e ChatGPT.com", []],
  [punctuationMissingSpace, "near miss: decimal and abbreviation", "cresceu 2,5% e.g. no U.S.A", []],
  [punctuationMissingSpace, "near miss: url", "veja https://exemplo.org/a.b", []],
  [punctuationStrayStop, "hit: cut phrase", "a tarefa como um. enxame.", ["um. enxame→um enxame"]],
  [punctuationStrayStop, "hit: stop and comma", "fim. , e esta as coisas", [". ,→,"]],
  [punctuationStrayStop, "near miss: etc", "custos, etc., são altos", []],
  [punctuationStrayStop, "near miss: sentence end", "Ele venceu. a seguir, o prêmio.", []],
  [punctuationSpacing, "hit: space before comma", "o modelo , que", [" ,→,"]],
  [punctuationSpacing, "hit: double space", "o  modelo", ["  → "]],
  [punctuationSpacing, "near miss: ellipsis and dash", "e então ... nada — certo", []],
  [punctuationUnbalanced, "hit: open bracket", "o modelo (que é grande custa caro.", ["("]],
  [punctuationUnbalanced, "hit: curly quote", "ele disse “sim e saiu sem terminar", ["“"]],
  [punctuationUnbalanced, "near miss: balanced", "ele disse “sim” (de novo).", []],
];

describe("punctuation checks", () => {
  it.each(table.map(([c, n, pt, e]) => [`${c.id} ${n}`, c, pt, e] as const))("%s", (_title, check, pt, expected) => expect(runCheck(check, { pt })).toEqual(expected));

  it("hit: a glued stop the segmenter split into two pairs", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "amodei acredita que", prevPt: "as capacidades aumentam.", gapBefore: "" })).toEqual(["amodei→ Amodei"]);
  });

  it("near miss: a split pair with a space between", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "amodei acredita que", prevPt: "as capacidades aumentam.", gapBefore: " " })).toEqual([]);
  });

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
