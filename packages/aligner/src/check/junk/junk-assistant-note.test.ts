import { describe, expect, it } from "vitest";
import { DEFAULT_CONTEXT } from "../render-flags.ts";
import { junkAssistantNote } from "./junk-assistant-note.ts";

const flagged = (pt: string, en?: string): string[] =>
  junkAssistantNote.run!({ pt, ...(en === undefined ? {} : { en }) }, DEFAULT_CONTEXT).map((f) => f.text);

describe("junk-assistant-note", () => {
  it.each([
    "Claro! Aqui está a tradução para o português:",
    "Aqui está a tradução do texto:",
    "Segue a tradução revisada do artigo.",
    "Abaixo está o texto traduzido, mantendo a formatação original:",
    "Com certeza, eis a versão em português:",
    "Sure! Here's the Portuguese translation:",
    "Espero que isso ajude!",
    "Se precisar de algum ajuste, é só pedir.",
    "Caso queira uma versão mais formal, posso ajustar o tom.",
    "Posso ajudar com mais alguma coisa?",
    "Quer que eu traduza também os comentários do código?",
    "Nota: mantive os nomes das empresas em inglês.",
    "(Observação: optei por traduzir \"prompt\" como \"instrução\".)",
  ])("flags the assistant's line %j", (line) => {
    expect(flagged(line)).toEqual([line]);
  });

  it("flags the note on its own line inside a pair the aligner joined, and only that line", () => {
    expect(flagged("Aqui está a tradução:\nA empresa anunciou o modelo na terça-feira.", "The company announced the model on Tuesday."))
      .toEqual(["Aqui está a tradução:"]);
  });

  it.each([
    // A document's own prose about its translation, in the third person.
    "A tradução para português desta página foi criada por um voluntário.",
    "Aqui está o resultado do comando:",
    "Segue abaixo a lista de opções disponíveis.",
    "Se precisar de mais ajuda, consulte a página de manual.",
    "Espero que goste de jogar o KTouch!",
    "Nota: esta opção só está disponível no modo científico.",
    "A nota de tradução explica a escolha do termo.",
    "Observação: o arquivo deve estar codificado em UTF-8.",
    "O usuário quer que o programa termine.",
  ])("near miss: leaves the text's own line %j alone", (line) => {
    expect(flagged(line)).toEqual([]);
  });

  it("flags an interjection alone only when the assistant's note follows it", () => {
    expect(junkAssistantNote.run!({ pt: "Claro!", nextPt: "Aqui está a tradução:" }, DEFAULT_CONTEXT).map((f) => f.text)).toEqual(["Claro!"]);
    expect(junkAssistantNote.run!({ pt: "Claro!", nextPt: "O modelo custa 20 dólares." }, DEFAULT_CONTEXT)).toEqual([]);
  });

  it("near miss: the English says it too, so it is the text's own", () => {
    expect(flagged("Aqui está a tradução do primeiro parágrafo:", "Here is the translation of the first paragraph:")).toEqual([]);
  });

  it("finds the words next to accented letters (no ASCII word boundary)", () => {
    expect(flagged("Aqui estão as traduções pedidas:")).toEqual(["Aqui estão as traduções pedidas:"]);
    expect(flagged("Aqui estáa tradução")).toEqual([]);
  });
});

describe("junk-assistant-note: what is presented must be the translation itself", () => {
  it("near miss: a man page presenting an explanation that mentions translations", () => {
    expect(flagged("Aqui está uma explicação para fazer esta alteração sem perder as traduções.")).toEqual([]);
  });
  it("flags a presented draft of the translation", () => {
    expect(flagged("Aqui está uma proposta de tradução:")).toEqual(["Aqui está uma proposta de tradução:"]);
  });
});

describe("junk-assistant-note in an aligned document", () => {
  it("shows the preamble and the sign-off of a chat translation, and nothing on the text between", async () => {
    const { alignDocument, isShownByDefault } = await import("../../index.ts");
    const pt = "Claro! Aqui está a tradução para o português:\n\nA empresa lançou o modelo na terça-feira. Ele custa 20 dólares por mês.\n\nEspero que isso ajude! Se precisar de ajustes, é só pedir.";
    const en = "The company launched the model on Tuesday. It costs 20 dollars a month.";
    const shown = alignDocument(pt, en).pairs.flatMap((p) => p.flags.filter(isShownByDefault).map((f) => `${f.code} ${f.text}`));
    // Sentence by sentence, as the segmenter cut them; a line of junk has no English, and that is the junk flag's to say.
    expect(shown).toEqual([
      "junk-assistant-note Claro!",
      "junk-assistant-note Aqui está a tradução para o português:",
      "junk-assistant-note Espero que isso ajude!",
      "junk-assistant-note Se precisar de ajustes, é só pedir.",
    ]);
  });
});
