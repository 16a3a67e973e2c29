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
