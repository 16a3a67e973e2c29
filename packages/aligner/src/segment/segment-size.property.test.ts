import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDocument, listDocuments } from "@alinha/corpus";
import { segmentText } from "./segment-text.ts";

/**
 * A paragraph's segments must not depend on text far away: the same sidebar line was one
 * segment in a short document and two in a long one while speaker labels were believed from
 * how often they occurred. Here: the segments of D equal those of the first copy of D in
 * D + D + … + D (offsets and kinds).
 */
const SEPARATOR = "\n\n";
const view = (text: string, copies: number) => {
  const whole = Array.from({ length: copies }, () => text).join(SEPARATOR);
  return segmentText(whole).segments.filter((s) => s.end <= text.length).map((s) => [s.start, s.end, s.kind]);
};
const alone = (text: string) => segmentText(text).segments.map((s) => [s.start, s.end, s.kind]);

const piece = fc.oneof(
  fc.constantFrom(
    "Sim.", "Dr. Silva chegou.", "Nathan Lambert:", "Nathan Lambert: Olá.", "NOTA IMPORTANTE: salve antes.", "Eu respondo:", "- item",
    "1. ", "\n\n", "\n", " ", "a camada ativa recebe todas as operações de pintura do usuário", "brilho: ajusta a luz da imagem",
    "noé smith:", "Título Da Seção", "apt-get(8)", "e continua a frase aqui.", "U.S. Army", "…", "“Olá?”",
  ),
  fc.string({ maxLength: 10 }),
);
// D ends a sentence, so nothing of D can be the first half of a page-break repair across copies.
const documentText = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => `${parts.join(" ").trimEnd()} Fim.`);

describe("segmentation does not depend on the size of the document", () => {
  it.each(listDocuments().map((d) => d.id))("the built-in %s segments the same alone and as the first of three copies", (id) => {
    const { pt, en } = getDocument(id);
    for (const text of [pt, en ?? ""]) {
      const trimmed = text.trimEnd();
      expect(view(trimmed, 3)).toEqual(alone(trimmed));
    }
  });

  it("holds for generated documents of labels, lists, titles and prose, in two to four copies", () => {
    fc.assert(
      fc.property(documentText, fc.integer({ min: 2, max: 4 }), (text, copies) => {
        expect(view(text, copies)).toEqual(alone(text));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the sidebar lines of a short document as they are in a long one", () => {
    const sidebar = "LEMBRETE IMPORTANTE: salve o arquivo antes de fechar o programa.";
    const short = `${sidebar}\n\nO resto do texto.`;
    const long = `${Array.from({ length: 50 }, (_, k) => `Parágrafo ${k} do texto.`).join("\n\n")}\n\n${sidebar}\n\n${sidebar}\n\n${short}`;
    const inShort = segmentText(short).segments.filter((s) => s.text.startsWith("LEMBRETE")).map((s) => s.text);
    const inLong = segmentText(long).segments.filter((s) => s.text.startsWith("LEMBRETE")).map((s) => s.text);
    expect(inShort).toEqual([sidebar]);
    expect(inLong).toEqual([sidebar, sidebar, sidebar]);
  });
});
