import { describe, expect, it } from "vitest";
import { labelOffset, labels } from "./label-offset.ts";

describe("labels", () => {
  it("reads a label by the word before it, in each language", () => {
    expect(labels("Capítulo 4. Configuração do jogo; veja a Figura 10.2.", "pt").map((l) => [l.kind, l.parts])).toEqual([["chapter", [4]], ["figure", [10, 2]]]);
    expect(labels("See Table 9.1 and Section 3.", "en").map((l) => [l.kind, l.parts])).toEqual([["table", [9, 1]], ["section", [3]]]);
  });
  it("reads a dotted number opening a line of a table of contents", () => {
    expect(labels("Opções\n\n10.1. Opções Gerais\n\n10.2.\n", "pt").map((l) => l.parts)).toEqual([[10, 1], [10, 2]]);
  });
  it("near miss: a version or a count after another word is no label", () => {
    expect(labels("até o GIMP 2.8, com 12 camadas e 3.5 MB", "pt")).toEqual([]);
    expect(labels("Versão 2.8 de 2012", "pt")).toEqual([]);
  });
});

describe("labelOffset", () => {
  it("is the one amount several pairs' labels are off by", () => {
    expect(labelOffset([
      { pt: "Capítulo 4. Jogo", en: "Chapter 5. Game" },
      { pt: "Figura 4.1. Janela", en: "Figure 5.1. Window" },
    ])).toBe(-1);
  });
  it("near miss: one pair is no offset, nor are two pairs off by different amounts", () => {
    expect(labelOffset([{ pt: "Capítulo 4. Jogo", en: "Chapter 5. Game" }])).toBeUndefined();
    expect(labelOffset([
      { pt: "Capítulo 4. Jogo", en: "Chapter 5. Game" },
      { pt: "Figura 7.1. Janela", en: "Figure 5.1. Window" },
    ])).toBeUndefined();
  });
});
