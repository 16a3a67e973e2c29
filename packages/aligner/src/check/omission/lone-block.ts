import type { CheckInput } from "../../types.ts";

/**
 * A Portuguese block of its own — a paragraph, a list item, a heading, a blank line before and after
 * it — with no English at all. A translator's addition, or a sentence a translation dropped, sits
 * inside a block whose other sentences are paired: the reader meets the paragraph and one sentence
 * of it has no counterpart. A whole block the English lacks at this place is the page's structure:
 * a block of another version of the page (an entry an older manual still lists), or one the English
 * page has elsewhere, which the aligner or the import paired apart. Machine translation renders a
 * document block by block and never adds one. (Session 16, tuning half: 54 false alarms of 18
 * sources, 33 documents, most of them blocks whose English the import left unpaired; 8 genuine flags
 * of 5 sources, six of them an older page's entries, which the reviewers judged both ways.)
 *
 * Judged from the pair's own gaps, which the document pass and a pair re-checked alone both have:
 * an unknown gap (the document's first or last pair, a caller that gives none) is no block break.
 */
const BLOCK_BREAK = /\n[^\S\n]*\n/u;
export const standsAsBlock = (pair: Pick<CheckInput, "gapBefore" | "gapAfter">): boolean =>
  pair.gapBefore !== undefined && pair.gapAfter !== undefined && BLOCK_BREAK.test(pair.gapBefore) && BLOCK_BREAK.test(pair.gapAfter);

const hasPt = (pair: CheckInput): boolean => pair.pt.trim() !== "";
const hasEn = (pair: CheckInput): boolean => (pair.en ?? "").trim() !== "";

/**
 * The indices of the pairs that make up whole Portuguese blocks of several sentences with no English:
 * a block break before its first Portuguese and after its last, and no English in any pair between
 * (a pair of English alone inside the block ties the block to the English: a rewrite, not a block of
 * its own). A block of one pair is `standsAsBlock`'s; the document pass finds the longer ones, which
 * a pair re-checked alone cannot see whole (the document's context keeps them, `omissionLoneBlocks`).
 */
export function loneBlockPairs(pairs: readonly CheckInput[]): number[] {
  const found: number[] = [];
  let start = -1;
  let lone = true;
  const close = (end: number, last: CheckInput | undefined) => {
    if (start >= 0 && lone && last?.gapAfter !== undefined && BLOCK_BREAK.test(last.gapAfter)) for (let k = start; k < end; k++) found.push(k);
  };
  let last: CheckInput | undefined;
  for (let k = 0; k < pairs.length; k++) {
    const pair = pairs[k]!;
    if (hasPt(pair) && (pair.gapBefore === undefined || BLOCK_BREAK.test(pair.gapBefore))) {
      close(k, last);
      // A block whose opening gap is unknown (the document's first) is not known to be whole.
      start = pair.gapBefore === undefined ? -1 : k;
      lone = true;
    }
    if (hasEn(pair)) lone = false;
    if (hasPt(pair)) last = pair;
  }
  close(pairs.length, last);
  return found;
}
