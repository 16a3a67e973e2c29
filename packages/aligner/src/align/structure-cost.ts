import type { SideFeatures } from "./segment-features.ts";

/** Paragraphs of a draft follow those of its source: a bead that ends one on only one side is suspect. */
export const PARAGRAPH_MISMATCH_COST = 1.5;
/** A bead that swallows a paragraph break on one side joins what the author kept apart. */
export const PARAGRAPH_SPAN_COST = 2.5;
/**
 * A question translates as a question: a 1-1 bead of a question and a sentence that is none
 * costs this much. Without it, of two sentences of one paragraph against one of the other, the
 * paragraph-end cost always paired the LAST, whatever it said: "O que isso faz? Nem os autores do
 * manual sabem!" ⇄ "What does this do?" came out as "O que isso faz?" unpaired and "Nem os autores
 * do manual sabem!" ⇄ "What does this do?" (GIMP flame, twice; development corpus tuning half:
 * the omission check flagged the question). More than PARAGRAPH_MISMATCH_COST, so the question
 * pairs with the question and the sentence the other side lacks stands as a skip.
 */
export const QUESTION_MISMATCH_COST = 2;
/** Speaker labels and headings pair with their own kind. */
export const KIND_MISMATCH_COST = 3;
/**
 * A heading is a hard boundary: a bead of more than two segments that holds a heading and
 * body text (a numbered title glued to the end of the paragraph before it, an untranslated
 * English heading folded into its neighbour's 1-2) costs this much, so the heading stands
 * alone or as a skip. The same holds for a title (a heading that is no line of code) in a bead
 * of more than two segments whatever the rest is: a title is a paragraph of its own, so two
 * segments on its side are two paragraphs, another title or a code line ("Equação 8.9. Equação
 * para o modo de camada “Super-exposição”" ⇄ "Equation 8.9. … “Burn” ‖ Contrast Layer Modes",
 * "Scilab Help >> … > is_handle_valid" ⇄ "Scilab Help >> … ‖ is_handle_valid", "Seqüência de
 * Chamamento" ⇄ "'name' ‖ name of primitive"). Exempt: one line of code against the lines it
 * was split into on the other side ("if ierr>0 then disp(lasterror()),end" ⇄ "if ierr>0 then ‖
 * disp(lasterror()) ‖ end", "list('link','nome_do_link', [número_…]," ⇄ "list('link','name_of_link', ‖
 * [number_of_upstream_box,upstream_box_port],", whose short lines look like titles: codeLike).
 */
export const HEADING_WITH_BODY_COST = 20;

/**
 * A lead-in line ("Menu Button:", "Download GNU Hello:": a paragraph of its own ending in a
 * colon) at the end of a bead that also holds the paragraph before it introduces nothing in
 * that bead: it was glued to the previous paragraph's last sentence because the other language
 * left it out. On top of PARAGRAPH_SPAN_COST, so that it stands as a skip.
 */
export const LEAD_IN_GLUED_COST = 4;

/**
 * A 2-2 bead whose first segment ends a paragraph on both sides is two paragraph pairs glued
 * together: it only ever hides a bad 1-1 inside a good one ("fill" ⇄ "density" next to
 * "coeficiente de preenchimento (densidade)" ⇄ "filling coefficient (density)"). The two 1-1s
 * (or skips) must stand on their own.
 */
export const TWO_PARAGRAPH_PAIRS_COST = 20;

/**
 * Cost of the paragraph and segment-kind structure of the bead [p0, p1) × [e0, e1). The DP
 * asks this of every bead shape at every state, so the paragraph breaks inside the bead come
 * from prefix counts rather than a loop. Every term is a multiple of 0.5, so the sum is exact
 * whatever the order of its terms.
 */
export function structureCost(pt: SideFeatures, en: SideFeatures, p0: number, p1: number, e0: number, e1: number): number {
  if (p1 === p0 || e1 === e0) return 0;
  const mismatch = pt.paraEnd[p1 - 1]! ^ en.paraEnd[e1 - 1]!;
  // A 1-1, the bead the DP prices most, spans no break and can mix no heading with body: only its ends and kinds count.
  if (p1 - p0 === 1 && e1 - e0 === 1) {
    return PARAGRAPH_MISMATCH_COST * mismatch + (pt.kind[p0] !== en.kind[e0] ? KIND_MISMATCH_COST : 0) + QUESTION_MISMATCH_COST * (pt.question[p0]! ^ en.question[e0]!);
  }
  const spanned = pt.paraEndPrefix[p1 - 1]! - pt.paraEndPrefix[p0]! + en.paraEndPrefix[e1 - 1]! - en.paraEndPrefix[e0]!;
  const segments = p1 - p0 + e1 - e0;
  const kindMismatch = segments === 2 && pt.kind[p0] !== en.kind[e0];
  const headings = pt.headingPrefix[p1]! - pt.headingPrefix[p0]! + en.headingPrefix[e1]! - en.headingPrefix[e0]!;
  const titles = pt.titlePrefix[p1]! - pt.titlePrefix[p0]! + en.titlePrefix[e1]! - en.titlePrefix[e0]!;
  const codeSplit = (p1 - p0 === 1 && pt.codeLike[p0] === 1) || (e1 - e0 === 1 && en.codeLike[e0] === 1);
  const headingWithBody = segments > 2 && ((headings > 0 && headings < segments) || (titles > 0 && !codeSplit));
  const twoPairs = p1 - p0 === 2 && e1 - e0 === 2 ? pt.paraEnd[p0]! & en.paraEnd[e0]! : 0;
  const gluedLeadIns = (p1 - p0 > 1 ? pt.leadIn[p1 - 1]! & pt.paraEnd[p1 - 2]! : 0) + (e1 - e0 > 1 ? en.leadIn[e1 - 1]! & en.paraEnd[e1 - 2]! : 0);
  return PARAGRAPH_MISMATCH_COST * mismatch + PARAGRAPH_SPAN_COST * spanned + (kindMismatch ? KIND_MISMATCH_COST : 0) +
    (headingWithBody ? HEADING_WITH_BODY_COST : 0) + LEAD_IN_GLUED_COST * gluedLeadIns + TWO_PARAGRAPH_PAIRS_COST * twoPairs;
}
