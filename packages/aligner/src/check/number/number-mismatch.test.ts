import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { numberMismatch } from "./number-mismatch.ts";

describe("number-mismatch", () => {
  it.each([
    ["wrong scale", "o destino de um trilhão de dólares", "the fate of a billion dollars", ["um trilhão"]],
    ["wrong digits", "cresceu 15% ao ano", "grew 50% a year", ["15"]],
    ["European bilião for billion", "um custo de 10 biliões", "a cost of 10 billion", ["10 biliões"]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(numberMismatch, { pt, en })).toEqual(expected));

  it.each([
    ["scale words", "um custo de 10 bilhões", "a cost of 10 billion"],
    ["European mil milhões", "10 mil milhões de parâmetros", "10 billion parameters"],
    ["10x and 10 vezes", "aumentar a velocidade em 10 vezes", "speed it up 10x"],
    ["decimal comma", "importante para 0,01% da população", "important to 0.01% of the population"],
    ["thousands", "mais de 1.500 pessoas", "over 1,500 people"],
    ["number words", "dez anos depois", "ten years later"],
    ["no numbers in the English", "em 2024, cerca de 30%", "last year, about a third"],
  ])("clean: %s", (_n, pt, en) => expect(runCheck(numberMismatch, { pt, en })).toEqual([]));

  it("near miss: no English at all", () => {
    expect(runCheck(numberMismatch, { pt: "um bilião" })).toEqual([]);
  });
});
