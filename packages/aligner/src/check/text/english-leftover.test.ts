import { describe, expect, it } from "vitest";
import { englishLeftoverAt } from "./english-leftover.ts";

// Session 15 (tune half, issue 12): English the translation left in beside a punctuation mark.
describe("englishLeftoverAt", () => {
  const spellers = {
    pt: { correct: (w: string) => ["reiniciar", "ficheiros", "do", "dos", "para", "uma", "descrição", "em", "sintaxe", "detalhes", "ver", "o", "arquivo", "clique", "depois"].includes(w.toLowerCase()) },
    en: { correct: (w: string) => ["unit", "files", "restart", "key", "reference", "zoom", "tool", "the", "for", "a", "description", "of", "parameters", "in", "pdf", "syntax", "details", "see", "file", "save"].includes(w.toLowerCase()) },
  };
  const at = (pt: string, en: string, mark: string) => {
    const m = pt.indexOf(mark);
    return englishLeftoverAt(pt, en, m, m + mark.length, spellers);
  };
  it.each([
    ["an English sentence glued after the Portuguese one (Scilab plot2d4)", "ver plot2d para uma descrição dos parâmetros.for a description of parameters.", "see plot2d for a description of parameters.", "."],
    ["English words before the stop (Scilab xs2pdf)", "exporta para o arquivo filen in PDF syntax. em sintaxe Postscript.", "exports to the file filen in PDF syntax.", ". "],
  ])("hit: %s", (_n, pt, en, mark) => expect(at(pt, en, mark)).toBe(true));
  it.each([
    ["Portuguese words on both sides", "ver a descrição. depois o arquivo", "see the description, then the file", ". "],
    ["English words the English does not have there", "clique em Save File. depois", "click Save, then the file", ". "],
    ["an English loan term the Portuguese sentence goes on with", "reiniciar ficheiros. unit do systemd", "restart unit files of systemd", ". "],
    ["English on both sides of the stop (a stray stop inside English text)", "Ferramenta de Zoom — Key reference. for the Zoom tool", "Key reference for the Zoom tool", ". "],
  ])("near miss: %s", (_n, pt, en, mark) => expect(at(pt, en, mark)).toBe(false));
});
