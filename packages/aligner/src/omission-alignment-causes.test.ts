/**
 * Omission flags that were the segmenter's or the aligner's fault, not the check's (development
 * corpus, tuning half, session 8): one side's sentence cut in two, or paired one off, reached the
 * omission check as a sentence with no counterpart. Through alignDocument with the real checks, as
 * a reviewer sees it: the cut-off half or the skipped sentence raised "omission-empty-side".
 */
import { describe, expect, it } from "vitest";
import { alignDocument } from "./align-document.ts";

const omissions = (pt: string, en: string) =>
  alignDocument(pt, en).pairs.flatMap((p) => p.flags.filter((f) => f.code === "omission-empty-side").map((f) => pt.slice(f.start, f.end)));

describe("omission flags caused by segmentation or alignment", () => {
  it.each([
    ["a menu command's ellipsis before its shortcut (Ark, pt-PT)", "O Antevisão... (Ctrl+P) irá abrir o ficheiro com o visualizador interno do Ark. Isto é um visualizador rápido apenas para leitura.", "Preview (Ctrl+P) will open the file with Ark's internal viewer. This is a fast read-only viewer."],
    ["a quoted full stop (KTurtle reference, pt-BR)", "Finalmente, os números decimais, como por exemplo: 0.1, 3.14, -1.0. O caractere . (ponto) é usado como separador decimal.", "And the numbers with decimals, for example: 0.1, 3.14, -1.0. The . character (dot) is used as decimal separator."],
    ["a stop glued inside a word in cased text (dpkg-dev deb-src-symbols, pt-PT)", "O padrão pode ser limitado a arquitecturas específicas com a etiqueta arch. Por favor consulte a sub.secção Etiquetas símbolo standard em cima para mais informação.", "The pattern may be limited to the specific architectures with the arch tag. Please refer to Standard symbol tags subsection above for more information."],
  ])("none for %s", (_name, pt, en) => {
    expect(omissions(pt, en)).toEqual([]);
  });

  it("flags the sentence the English lacks, not the question both have (GIMP flame)", () => {
    const pt = "Super-amostragem espacial\n\nO que isso faz? Nem os autores do manual sabem!\n\nRaio do filtro espacial";
    const en = "Spatial oversample\n\nWhat does this do?\n\nSpatial filter radius";
    expect(omissions(pt, en)).toEqual(["Nem os autores do manual sabem!"]);
  });
});
