import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { casingSentenceStart } from "./casing-sentence-start.ts";

describe("casing-sentence-start", () => {
  it.each([
    ["segment start", "os pontos são os seguintes.", ["os→Os"]],
    ["inside the pair", "Ele falou. depois saiu.", ["depois→Depois"]],
    ["after a question", "Será? talvez não.", ["talvez→Talvez"]],
  ])("hit: %s", (_name, pt, expected) => {
    expect(runCheck(casingSentenceStart, { pt })).toEqual(expected);
  });

  it.each([
    ["capitalised", "Os pontos são estes. Depois, outros."],
    ["abbreviation", "Dados, custos etc. são fatores."],
    ["lower by design", "o3 venceu. iPhone também."],
    ["ellipsis in a quote", "o que temos... podemos ver"],
  ])("clean: %s", (name, pt) => {
    const pair = name === "ellipsis in a quote" ? { pt, prevPt: "\"O motivo de sermos tão agressivos não são" } : { pt };
    expect(runCheck(casingSentenceStart, pair)).toEqual([]);
  });

  it.each([
    // The previous segment ends mid-sentence: this is a page-break continuation, not a new sentence.
    ["continuation", { pt: "de raciocínio enquanto penso.", prevPt: "rápida o suficiente para acompanhar minha linha" }],
  ])("near miss: %s", (_name, pair) => {
    expect(runCheck(casingSentenceStart, pair)).toEqual([]);
  });
});
