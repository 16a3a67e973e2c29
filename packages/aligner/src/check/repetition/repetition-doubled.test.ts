import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { repetitionDoubled } from "./repetition-doubled.ts";

describe("repetition-doubled", () => {
  it.each([
    ["X e X", "fornece informações ponderadas e ponderadas é rápida", ["ponderadas e ponderadas→ponderadas"]],
    ["doubled word", "o o modelo respondeu", ["o o→o"]],
    ["doubled phrase", "ele disse que disse que sim", ["disse que disse que→disse que"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(repetitionDoubled, { pt })).toEqual(expected));

  it.each([
    ["emphasis", "passamos horas e horas, mais e mais, muito muito tempo"],
    // An article before a model name is not a doubled word.
    ["o o3", "o o3 é o modelo"],
    ["comma between", "muito, muito bom"],
    ["different words", "criação e educação"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(repetitionDoubled, { pt })).toEqual([]));
});

describe("repetition-doubled, small words", () => {
  it("near miss: a recurring phrase of small words is correct Portuguese", () => {
    expect(runCheck(repetitionDoubled, { pt: "mais do que o que o Meta e o Google oferecem" })).toEqual([]);
  });
});

describe("repetition-doubled, beyond five words", () => {
  it("hit: a whole sentence said twice in a row", () => {
    expect(runCheck(repetitionDoubled, { pt: "O filtro é aplicado à camada ativa. O filtro é aplicado à camada ativa. Depois, salve." }))
      .toEqual(["O filtro é aplicado à camada ativa.→"]);
  });
  it("hit: a pair that repeats the previous pair's sentence", () => {
    expect(runCheck(repetitionDoubled, { pt: "O filtro é aplicado à camada ativa.", prevPt: "O filtro é aplicado à camada ativa." }))
      .toEqual(["O filtro é aplicado à camada ativa.→"]);
  });
  it("near miss: a doubling the English has too (a name, a release)", () => {
    expect(runCheck(repetitionDoubled, { pt: "o show do Duran Duran", en: "the Duran Duran show" })).toEqual([]);
  });
  it("near miss: a short reply repeated", () => {
    expect(runCheck(repetitionDoubled, { pt: "Sim. Sim. Claro." })).toEqual([]);
  });
});
