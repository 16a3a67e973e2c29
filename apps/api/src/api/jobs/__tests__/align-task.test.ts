import { describe, expect, it } from "vitest";
import { checkInputs, checkPair, type DocumentContext } from "@alinha/aligner";
import { runAlignTask } from "../align-task.ts";
import { sharedSpellers } from "../../terms/term-cache.ts";

// A reference page: labels on their own line, then their definitions. Three definitions open with a
// capital; three open with a command's name in lower case, a word no dictionary knows.
const pt = [
  "Entrada", "Ficheiro que o programa lê.", "Saída", "Ficheiro que o programa escreve.", "Modo", "Forma de abrir o ficheiro.",
  "fluxo", "xqzwt copia a entrada.", "filtro", "zzkrp filtra as linhas.", "ordem", "qwrtz ordena as linhas.",
  "Erros", "mensagens de erro vão para o terminal.",
].join("\n\n");

describe("the check context stored with an alignment", () => {
  const doc = runAlignTask({ pt, en: undefined, check: { variant: "pt-PT", terms: [] } });
  const context = JSON.parse(doc.checkContext) as DocumentContext;

  it("counts only dictionary words for the label habit, as the import's checks did", () => {
    // Without the speller the three command names count as lower-case definitions and the habit flips
    // to "lower" (true); with it they do not count, and the capitalised labels are headings of words,
    // so there are too few definitions to tell a habit (no value stored).
    expect(context.lowerAfterLabel).toBeUndefined();
  });

  it("gives a pair re-checked alone after an edit the flags the import gave it", () => {
    const inputs = checkInputs(doc.result.pairs, false, pt);
    const options = { variant: "pt-PT" as const, terms: [], spellers: sharedSpellers(), document: context };
    const codes = (k: number) => checkPair(inputs[k]!, options).map((f) => f.code);
    const errors = inputs.findIndex((i) => i.pt.startsWith("mensagens"));
    expect(doc.result.pairs[errors]!.flags.map((f) => f.code)).toContain("casing-sentence-start");
    expect(codes(errors)).toContain("casing-sentence-start");
    inputs.forEach((_, k) => expect(codes(k)).toEqual(doc.result.pairs[k]!.flags.map((f) => f.code)));
  });

  it("keeps how often the flagged words recur, so a flag re-checked alone gets the confidence the import gave it", () => {
    // "acão" (for "ação") twice in each of two steps: the flag confidence reads how often the document writes it.
    // (In three pairs or more it would be one document finding, and no pair flag would read the count.)
    const steps = Array.from({ length: 2 }, (_, k) => `No passo ${k + 1}, repita a acão e confirme a acão antes de guardar o ficheiro.`).join("\n\n");
    const repeated = runAlignTask({ pt: steps, en: undefined, check: { variant: "pt-PT", terms: [] } });
    const stored = JSON.parse(repeated.checkContext) as DocumentContext;
    expect(stored.flaggedWordRepeats).toEqual({ acão: 4 });
    expect(repeated.result.pairs.flatMap((p) => p.flags.map((f) => f.text))).toContain("acão");
    const inputs = checkInputs(repeated.result.pairs, false, steps);
    const options = { variant: "pt-PT" as const, terms: [], spellers: sharedSpellers(), document: stored };
    inputs.forEach((input, k) => expect(checkPair(input, options).map((f) => f.confidence)).toEqual(repeated.result.pairs[k]!.flags.map((f) => f.confidence)));
  });
});
