import { describe, expect, it } from "vitest";
import { segmentText } from "../segment/index.ts";
import { alignSegments } from "./align-segments.ts";
import { REVIEW_THRESHOLD } from "./confidence.ts";

/** Confidence of the pair whose sides are exactly `ptText` and `enText`. */
function confidenceOf(pt: string[], en: string[], ptText: string, enText: string): number {
  const a = segmentText(pt.join("\n\n")).segments;
  const b = segmentText(en.join("\n\n")).segments;
  const bead = alignSegments(a, b).find((x) => x.pt.map((i) => a[i]!.text).join(" ‖ ") === ptText && x.en.map((j) => b[j]!.text).join(" ‖ ") === enText);
  if (!bead) throw new Error(`no pair ${ptText} ⇄ ${enText}`);
  return bead.confidence;
}

describe("short pairs nothing vouches for (unsupported-pairs.ts)", () => {
  // A page's authors section the English replaced by its history (scilab cshep2d, tune half): the
  // names and the labels pair by place and length alone, with skips around them.
  const pt = ["A função interpola dados espalhados em duas dimensões.", "Autores", "Robert J. Renka", "Bibliografia", "R. J. Renka, Multivariate interpolation of large sets of scattered data."];
  const en = ["The function interpolates scattered data in two dimensions.", "History", "Version", "Description", "5.5.0", "Function introduced in Scilab 5.5.0, replacing the old one.", "See also", "interp2d — bicubic spline (2d) evaluation function"];

  it("sends to review a two-to-three-word pair with no word, number or copy in common whose neighbours are no sure pairs ('Robert J. Renka' ⇄ 'Version')", () => {
    expect(confidenceOf(pt, en, "Robert J. Renka", "Version")).toBeLessThan(REVIEW_THRESHOLD);
  });

  it("near miss: the same kind of pair beside a sure pair keeps its place as evidence ('Parâmetros' ⇄ 'Arguments')", () => {
    const pt2 = ["Retorna o tamanho de um objeto.", "Parâmetros", "x", "uma matriz."];
    const en2 = ["Returns the size of an object.", "Arguments", "x", "a matrix."];
    expect(confidenceOf(pt2, en2, "Parâmetros", "Arguments")).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it("near miss: two copies of an operator are evidence the words cannot see ('+' ⇄ '+' between two doubtful pairs)", () => {
    const pt2 = ["Os operadores binários são estes, com as suas regras de precedência habituais.", "+", "Consulte também a tabela completa no fim do capítulo."];
    const en2 = ["Binary operators", "+", "Unary minus and logical negation"];
    expect(confidenceOf(pt2, en2, "+", "+")).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });
});
