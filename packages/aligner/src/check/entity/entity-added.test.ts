import { describe, expect, it } from "vitest";
import type { Speller } from "../../types.ts";
import { runCheck } from "../render-flags.ts";
import { entityAdded } from "./entity-added.ts";

describe("entity-added", () => {
  it.each([
    ["swapped model", "Se você já usou o DeepSeek R1 Pro, sua consistência é notável.", "If you've used o1 Pro, its consistency is remarkable.", ["DeepSeek R1 Pro→o1 Pro"]],
    ["invented prefix", "o lançamento do modelo de vídeo Dall-E Sora", "the launch of the Sora video model", ["Dall-E Sora"]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(entityAdded, { pt, en })).toEqual(expected));

  it.each([
    ["same names", "O GPT-4o e o o3 da OpenAI", "OpenAI's GPT-4o and o3"],
    ["translated acronym", "a IA nos EUA", "AI in the US"],
    ["decades", "nos anos 2000 e 2010", "in the 2000s and 2010s"],
    ["capitalised word only", "a Maratona de Boston", "the Boston Marathon"],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityAdded, { pt, en })).toEqual([]));

  it("is silent without English", () => expect(runCheck(entityAdded, { pt: "o DeepSeek R1 Pro" })).toEqual([]));
});

describe("entity-added, word-building", () => {
  it.each([
    ["prefixed acronym", "o ex-CEO da Instacart", "the former CEO of Instacart"],
    ["time unit", "depois de 2h de uso", "after two hours of use"],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityAdded, { pt, en })).toEqual([]));
});

describe("entity-added, development corpus", () => {
  const pt: Speller = { correct: (w) => ["em", "janelas", "camadas", "ele", "esquerda", "preta"].includes(w) };
  it.each([
    ["quantities, ordinals and dimensions", "uma margem de 2cm no 40º ano, uma matriz 2x4 e um gráfico 3d", "a 2 cm margin in the 40th year, a 2 by 4 matrix and a 3D plot"],
    ["hexadecimal numbers", "a faixa de 0xe000 até x0e0ff", "the range from 0xe000 to 0xe0ff"],
    ["variables of a formula", "as declarações chave1=valor2", "the statements key1=value2"],
    ["words glued by a missing space", "a partir do menu emJanelas e das camadas.Ele leva", "from the Windows menu and the layers. It takes"],
    ["a Portuguese ending on the English's name", "o filtro GIMPressionista e os DVDs", "the GIMPressionist filter and DVDs"],
    ["a hyphenated name of Portuguese words and digits", "renomeie para esquerda-1-preta", "rename it to left-1-black"],
  ])("near miss: %s", (_n, text, en) => expect(runCheck(entityAdded, { pt: text, en }, { spellers: { pt } })).toEqual([]));
  it("hit: a coined name the English lacks, beside a glued pair", () => {
    expect(runCheck(entityAdded, { pt: "o Gemini2Pro e o menu emJanelas", en: "the Windows menu" }, { spellers: { pt } })).toEqual(["Gemini2Pro"]);
  });
});

describe("entity-added, development corpus (issue 12)", () => {
  const pt = { correct: (w: string) => ["do", "adicionarem", "esta", "testa", "ver"].includes(w.toLowerCase()) };
  it.each([
    ["words glued around an acronym (a missing space, not a name)", "pessoas fora da equipe doGIMPadicionarem novas capacidades", "people not on the GIMP team to add new capabilities"],
    ["part of an identifier", "(ver surface_properties, param3d_properties)", "(see surface_properties)"],
  ])("near miss: %s", (_n, ptText, en) => expect(runCheck(entityAdded, { pt: ptText, en }, { spellers: { pt } })).toEqual([]));
  // Reviewed genuine on the development corpus: a typo that reads as a coined word is worth a look.
  it("hit: a capital left on by the shift key", () =>
    expect(runCheck(entityAdded, { pt: "definidos pela matriz Z. TEsta propriedade esta ligada", en: "defined by Z matrix." }, { spellers: { pt } })).toEqual(["TEsta"]));
});

describe("entity-added, typos reviewed genuine (issue 12)", () => {
  const pt = { correct: (w: string) => ["neste", "este", "caso"].includes(w.toLowerCase()) };
  it("hit: two capitals typed before a word", () =>
    expect(runCheck(entityAdded, { pt: "\"r\". INeste caso, as posições", en: "\"r\". In this case, the positions" }, { spellers: { pt } })).toEqual(["INeste"]));
});
