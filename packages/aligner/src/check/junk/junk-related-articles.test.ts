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

describe("junk-related-articles under a help's cross-reference heading", () => {
  // The gerunds a Portuguese speller knows: the infinitives of the titles below, and "lugando" of "lugar" (a noun that is a verb too).
  const pt = { correct: (w: string) => ["conectando", "alterando", "formatando", "copiando", "lugando"].includes(w) };
  const context = { ...DEFAULT_CONTEXT, spellers: { pt } };
  const run = (lines: string[]): string[] =>
    junkRelatedArticles.runDocument!(lines.map((pt) => ({ pt })), context).pairFlags.flat().map((f) => f.text);

  it("near miss: the titles of a help's task pages under \"Veja também\", a question among them", () => {
    expect(run(["Clique em Desbloquear.", "Veja também", "Formatar um disco removível", "• Copiar arquivos para um pendrive", "Por que minha unidade não aparece?"])).toEqual([]);
  });
  it("hit: a site's headlines under \"Veja também\", one opening with a noun that is a verb too", () => {
    expect(run(["Fim do artigo.", "Veja também", "Lugar de fala vira tema de debate", "Banco Central corta juros pela terceira vez", "Dólar fecha em queda"]))
      .toEqual(["Lugar de fala vira tema de debate", "Banco Central corta juros pela terceira vez", "Dólar fecha em queda"]);
  });
  it("hit: task titles under a site's invitation (\"Leia também\") are its other articles", () => {
    expect(run(["Fim do artigo.", "Leia também", "Conectar a impressora pelo celular", "Alterar a senha do roteador"]))
      .toEqual(["Conectar a impressora pelo celular", "Alterar a senha do roteador"]);
  });
});
