import { describe, expect, it } from "vitest";
import type { CheckInput } from "../../types.ts";
import { recasePair } from "../index.ts";

const OPTIONS = { variant: "pt-BR" as const, terms: [] };

describe("recasePair", () => {
  it.each([
    ["sentence starts and a name from the English",
      { pt: "esta é uma frase. outra frase sobre o google.", en: "This is a sentence. Another sentence about Google." },
      "Esta é uma frase. Outra frase sobre o Google."],
    ["acronyms from the list, one opening the sentence",
      { pt: "ceo diz que a ia mudou tudo.", en: "The CEO says AI changed everything." },
      "CEO diz que a IA mudou tudo."],
    ["a name of two words", { pt: "ele falou com erik torenberg ontem.", en: "He spoke with Erik Torenberg yesterday." }, "Ele falou com Erik Torenberg ontem."],
    ["a century in Roman numerals", { pt: "no século xxi tudo mudou.", en: "In the 21st century everything changed." }, "No século XXI tudo mudou."],
  ])("recases: %s", (_name, input: CheckInput, expected) => {
    expect(recasePair(input, OPTIONS)).toBe(expected);
  });

  it.each([
    ["already cased", { pt: "Esta é uma frase. Outra sobre o Google.", en: "This is a sentence. Another about Google." }],
    ["lower case by design", { pt: "o3 venceu o teste.", en: "o3 won the test." }],
    ["a continuation across a page break, lower case in the English too",
      { pt: "de raciocínio enquanto penso.", en: "of reasoning as I think.", prevPt: "rápida o suficiente para acompanhar minha linha" }],
    ["an abbreviation is no sentence end", { pt: "Dados, custos etc. são fatores.", en: "Data, costs etc. are factors." }],
  ])("leaves alone: %s", (_name, input: CheckInput) => {
    expect(recasePair(input, OPTIONS)).toBe(input.pt);
  });

  it("changes letter case only, whatever the checks suggest", () => {
    const input = { pt: "a openai e a meta falaram. depois, nada.", en: "OpenAI and Meta spoke. Then, nothing." };
    const out = recasePair(input, OPTIONS);
    expect(out.toLocaleLowerCase("pt")).toBe(input.pt);
    expect(out).toBe("A OpenAI e a Meta falaram. Depois, nada.");
  });

  it("leaves a name alone when the project switched its check off", () => {
    expect(recasePair({ pt: "fala do google.", en: "Talks about Google." }, { ...OPTIONS, disabled: ["casing-name"] })).toBe("Fala do google.");
  });
});
