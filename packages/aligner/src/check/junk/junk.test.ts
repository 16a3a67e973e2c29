import { describe, expect, it } from "vitest";
import { DEFAULT_CONTEXT, runCheck } from "../render-flags.ts";
import { junkFurniture } from "./junk-furniture.ts";
import { junkOtherScript } from "./junk-other-script.ts";
import { junkRelatedArticles } from "./junk-related-articles.ts";

describe("junk-furniture", () => {
  it.each([
    ["section label", "Populares", ["Populares→"]],
    ["joined menu items", "MaisPreços de criptomoedas", ["MaisPreços de criptomoedas→"]],
    ["disclaimer", "Aviso Legal: o conteúdo deste artigo reflete a opinião do autor.", ["Aviso Legal: o conteúdo deste artigo reflete a opinião do autor.→"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(junkFurniture, { pt })).toEqual(expected));
  it.each([
    ["the word in a sentence", "Mais notícias devem chegar amanhã."],
    ["populares as an adjective", "Os modelos populares são caros."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(junkFurniture, { pt })).toEqual([]));
});

describe("junk-other-script", () => {
  it.each([
    ["language picker", "한어Русский языкEnglishFrançaisIndonesian日本語DeutschPortuguês", ["한어Русский языкEnglishFrançaisIndonesian日本語DeutschPortuguês→"]],
    ["a run of Chinese", "o termo 内卷 virou moda", ["内卷"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(junkOtherScript, { pt })).toEqual(expected));
  it.each([
    ["one Greek letter", "o parâmetro α vale 0,5"],
    ["accents only", "Confúcio disse que é preciso ação."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(junkOtherScript, { pt })).toEqual([]));
});

describe("junk-related-articles", () => {
  const run = (lines: string[]): string[] =>
    junkRelatedArticles.runDocument!(lines.map((pt) => ({ pt })), DEFAULT_CONTEXT).pairFlags.flat().map((f) => f.text);

  it("flags the headlines under a related heading", () => {
    expect(run(["Fim do artigo.", "Talvez também goste", "Solana Foundation faz parceria com Wavebridge", "Fase real: como o mercado deve se reconstruir?", "Populares"]))
      .toEqual(["Solana Foundation faz parceria com Wavebridge", "Fase real: como o mercado deve se reconstruir?"]);
  });
  it("near miss: short lines without a related heading are headings of the text", () => {
    expect(run(["Reforçando a bajulação", "Jordan Schneider: Quero enfatizar este ponto."])).toEqual([]);
  });
  it("near miss: running text after the block ends it", () => {
    expect(run(["Leia também", "Um título curto", "Este parágrafo volta ao texto e termina com ponto final.", "Outro título"])).toEqual(["Um título curto"]);
  });
});

describe("junk inside a pair the aligner joined", () => {
  it("flags the furniture line, not the sentence before it", () => {
    expect(runCheck(junkFurniture, { pt: "Este artigo não é conselho.\nTalvez também goste" })).toEqual(["Talvez também goste→"]);
  });
  it("follows the related block from a joined pair into the next pairs", () => {
    const pairs = [{ pt: "Fim do artigo.\nTalvez também goste" }, { pt: "Solana faz parceria com Wavebridge" }];
    expect(junkRelatedArticles.runDocument!(pairs, DEFAULT_CONTEXT).pairFlags.flat().map((f) => f.text)).toEqual(["Solana faz parceria com Wavebridge"]);
  });
});
