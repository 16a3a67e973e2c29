import type { CheckInput, Flag } from "../../types.ts";
import { SHOWN_THRESHOLD } from "../flag-confidence-coefficients.ts";

/**
 * A Portuguese block of its own — a paragraph, a list item, a heading, a blank line before and after
 * it — with no English at all. A translator's addition, or a sentence a translation dropped, sits
 * inside a block whose other sentences are paired: the reader meets the paragraph and one sentence
 * of it has no counterpart. A whole block the English lacks at this place is the page's structure:
 * a block of another version of the page (an entry an older manual still lists), or one the English
 * page has elsewhere, which the aligner or the import paired apart. Machine translation renders a
 * document block by block and rarely adds one. (Session 16, tuning half: 54 false alarms of 18
 * sources, 33 documents, most of them blocks whose English the import left unpaired; 8 genuine flags
 * of 5 sources, six of them an older page's entries, which the reviewers judged both ways.)
 * Rarely, not never: a language model's preamble ("Aqui está a tradução:") or a note of its own is a
 * block of its own too. So such a block keeps its flag, stored as a low-confidence one (`asLoneBlock`):
 * the review screen does not show it by default, a reviewer who asks for every flag meets it.
 *
 * Judged from the pair's own gaps, which the document pass and a pair re-checked alone both have:
 * an unknown gap (the document's first or last pair, a caller that gives none) is no block break.
 */
const BLOCK_BREAK = /\n[^\S\n]*\n/u;
export const standsAsBlock = (pair: Pick<CheckInput, "gapBefore" | "gapAfter">): boolean =>
  pair.gapBefore !== undefined && pair.gapAfter !== undefined && BLOCK_BREAK.test(pair.gapBefore) && BLOCK_BREAK.test(pair.gapAfter);

/**
 * A lone block's confidence: under the shown threshold (half of it, so that a refit of the threshold
 * that moves it a little still hides the block), whatever the fitted model would say of the pair. The
 * model was fitted on flags of sentences inside paragraphs; what makes a whole block doubtful is the
 * structure of the page, which it does not read.
 */
export const LONE_BLOCK_CONFIDENCE = Math.round((SHOWN_THRESHOLD / 2) * 1000) / 1000;

/**
 * The flag on a lone block's pair, as stored: a new flag (flags may be memoised and shared: never
 * changed in place) with its own message and LONE_BLOCK_CONFIDENCE, which `withConfidence` keeps.
 */
export const asLoneBlock = (flag: Flag): Flag => ({
  ...flag,
  message: "This Portuguese block has no English at all: most often a block of another version of the page, else an addition (a note, a preamble).",
  confidence: LONE_BLOCK_CONFIDENCE,
});

/** Whether the flag is a lone block's (its check gave its confidence, the model did not). */
export const isLoneBlockFlag = (flag: Flag): boolean => flag.confidence !== undefined;

/** A lone block's flags, each as stored (`asLoneBlock`), once. */
export const asLoneBlockFlags = (flags: readonly Flag[]): Flag[] => flags.map((f) => (isLoneBlockFlag(f) ? f : asLoneBlock(f)));

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
