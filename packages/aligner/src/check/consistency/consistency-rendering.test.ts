import { describe, expect, it } from "vitest";
import { checkDocument } from "../index.ts";
import type { CheckInput } from "../../types.ts";

const only = (inputs: CheckInput[]) =>
  checkDocument(inputs, { variant: "pt-BR", terms: [], disabled: [] }).pairFlags.flatMap((flags, k) =>
    flags.filter((f) => f.code === "consistency-rendering").map((f) => `${k}:${f.text}→${f.suggestion}`));

describe("consistency-rendering", () => {
  const usual = { en: "Every scaling law holds here.", pt: "Toda lei de escala vale aqui." };
  it("hit: one pair renders a repeated term another way (amodei seed's 'scaling law')", () => {
    const other = { en: "The scaling law is simple.", pt: "A lei de dimensionamento é simples." };
    expect(only([usual, usual, usual, other])).toEqual(["3:lei de dimensionamento→lei de escala"]);
  });
  it("near miss: the same words inflected or reordered (dev corpus: 'lê informação' / 'ler informação')", () => {
    const plural = { en: "These scaling laws hold.", pt: "Estas leis de escala valem." };
    expect(only([usual, usual, plural, plural])).toEqual([]);
  });
  it("near miss: too few occurrences to call one rendering usual", () => {
    const other = { en: "The scaling law is simple.", pt: "A lei de dimensionamento é simples." };
    expect(only([usual, other])).toEqual([]);
  });
});

// Development corpus, tune half (issue 12, session 4): renderings that are no renderings, each a named near miss.
describe("consistency-rendering, development corpus (issue 12, session 4)", () => {
  const usual = { en: "Every scaling law holds here.", pt: "Toda lei de escala vale aqui." };
  it("near miss: the term's words far apart in the usual pairs (a lexicon's guess, not a phrase)", () => {
    const apart = { en: "The scaling law is simple.", pt: "A lei que o comentário de escala define é simples." };
    expect(only([apart, apart, apart, { en: "The scaling law is simple.", pt: "A lei de dimensionamento é simples." }])).toEqual([]);
  });
  it("near miss: a heading in capitals is no norm for the prose", () => {
    const heading = { en: "SCALING LAW", pt: "LEI DE ESCALA" };
    const prose = { en: "The scaling law is simple.", pt: "A lei de dimensionamento é simples." };
    expect(only([{ en: "The scaling law", pt: "A lei de escala" }, heading, heading, prose])).toEqual([]);
  });
  it("near miss: one word spelled with and without its hyphen", () => {
    const hyphen = { en: "Send the email address.", pt: "Envie o endereço de e-mail." };
    expect(only([hyphen, hyphen, hyphen, { en: "Send the email address.", pt: "Envie o endereço de email." }])).toEqual([]);
  });
  it("hit: a rendering around one particle still counts", () => {
    expect(only([usual, usual, usual, { en: "The scaling law is simple.", pt: "A lei do dimensionamento é simples." }])).toEqual(["3:lei do dimensionamento→lei de escala"]);
  });
});

// Development corpus, tune half (issue 12, session 8): two places against one is no norm for a phrase of prose (man-db's
// man.1 "short description", po4a.7's "translated source", KDE kcalc's "value stored": each 2 of 3, a choice between
// synonyms), but is for a name the English capitalises (KDE JuK's "Search Bar": "Barra de Procura" twice, "barra de pesquisa" once).
describe("consistency-rendering, two places against one (session 8)", () => {
  const usual = { en: "Every scaling law holds here.", pt: "Toda lei de escala vale aqui." };
  const other = { en: "The scaling law is simple.", pt: "A lei de dimensionamento é simples." };
  it("near miss: a phrase of prose rendered twice one way and once another", () => {
    expect(only([usual, usual, other])).toEqual([]);
  });
  it("hit: a rendering used three times against one used once", () => {
    expect(only([usual, usual, usual, other])).toEqual(["3:lei de dimensionamento→lei de escala"]);
  });
  it("hit: a name the English capitalises, rendered twice one way and once another", () => {
    const named = { en: "This toggles whether the Search Bar is shown.", pt: "Isto alterna se a Barra de Procura é mostrada." };
    const menu = { en: "View → Show Search Bar", pt: "Ver → Mostrar Barra de Procura" };
    const prose = { en: "Use the search bar to find the path.", pt: "Use a barra de pesquisa para encontrar o caminho." };
    expect(only([prose, menu, named])).toEqual(["0:barra de pesquisa→Barra de Procura"]);
  });
});
