import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { brokenPageBreak } from "./broken-page-break.ts";

describe("broken-page-break", () => {
  it.each([
    ["repaired inside the pair", { pt: "rápida o suficiente para acompanhar minha linha\n\nde raciocínio enquanto penso." }, ["linha"]],
    ["across pairs", { pt: "a velocidade é rápida o suficiente para acompanhar minha linha", nextPt: "de raciocínio enquanto penso." }, ["linha"]],
    ["cut after an article", { pt: "para supostamente melhorar a personalidade e a", nextPt: "memória, como Sam Altman tuitou." }, ["a"]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(brokenPageBreak, pair)).toEqual(expected));

  it.each([
    ["complete sentence", { pt: "Isso fez com que ele deixasse de ser útil.", nextPt: "recentemente, conheci uma pessoa." }],
    ["heading before a capital", { pt: "Reforçando a bajulação", nextPt: "Jordan Schneider: Quero enfatizar." }],
    // Lower-case documents: a heading followed by a speaker label is structure, not a cut sentence.
    ["lower-case heading and label", { pt: "o google não conseguiu se tornar o bell labs da era da inteligência artificial", nextPt: "noé smith:" }],
    ["short heading in lower case", { pt: "ia difícil", nextPt: "autor | huang wenwen" }],
    ["paragraph break before a capital", { pt: "minha linha\n\nDe raciocínio." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(brokenPageBreak, pair)).toEqual([]));
});

describe("broken-page-break, headings", () => {
  it("near miss: a one-word heading before a blank line is not a cut sentence", () => {
    expect(runCheck(brokenPageBreak, { pt: "notícias\n\nceo “ai unicorn”: o futuro da ia" })).toEqual([]);
  });
});

describe("broken-page-break, short fragments and lists", () => {
  it.each([
    ["short fragment ending on a preposition", { pt: "A maioria dos\n\nusuários só clica quando algo quebra." }, ["dos"]],
    ["cut before a link", { pt: "eu gritei isso no episódio com\n\n[Tony Stark](#)" }, ["com"]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(brokenPageBreak, pair)).toEqual(expected));
  it.each([
    ["list items ending in semicolons", { pt: "equivale a um calouro de faculdade;\n\naí você treina um modelo maior" }],
    ["a link after a full paragraph", { pt: "Ele escreve sobre isso no boletim\n\n[Interconnects](#)" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(brokenPageBreak, pair)).toEqual([]));
});
