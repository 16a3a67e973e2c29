import { describe, expect, it } from "vitest";
import { DEFAULT_CONTEXT } from "../render-flags.ts";
import { junkRelatedArticles } from "./junk-related-articles.ts";

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
  it("near miss: a man page's SEE ALSO section in capitals lists its references and the translation credits", () => {
    expect(run(["VEJA TAMBÉM", "TRADUÇÃO", "A tradução para português desta página foi criada por um voluntário"])).toEqual([]);
  });
  it("near miss: running text after the block ends it", () => {
    expect(run(["Leia também", "Um título curto", "Este parágrafo volta ao texto e termina com ponto final.", "Outro título"])).toEqual(["Um título curto"]);
  });
});

describe("junk-related-articles inside a pair the aligner joined", () => {
  it("follows the related block from a joined pair into the next pairs", () => {
    const pairs = [{ pt: "Fim do artigo.\nTalvez também goste" }, { pt: "Solana faz parceria com Wavebridge" }];
    expect(junkRelatedArticles.runDocument!(pairs, DEFAULT_CONTEXT).pairFlags.flat().map((f) => f.text)).toEqual(["Solana faz parceria com Wavebridge"]);
  });
});
