import type { Word } from "../text/words.ts";

/** Longer than the phrase search of repetition-doubled looks: a clause or a sentence said twice. */
export const MIN_PASSAGE_WORDS = 9;

/** The separator before word `i`. At module level, not a closure made per text: tsx names each closure as it is made. */
const separatorBefore = (text: string, ws: readonly Word[], i: number): string => text.slice(ws[i - 1]!.end, ws[i]!.start);

/**
 * A passage of words followed at once by the same words: "A solução é a seguinte: A solução é a
 * seguinte:", a sentence that ends on no stop, a list said twice. The copies must be separated by
 * a space, or by the mark that also ends the second copy (". ", ": "), and written alike between
 * their words. Returns the second copy of each, to delete.
 *
 * A first copy of at least MIN_PASSAGE_WORDS words holds a word at an index that is a multiple of
 * MIN_PASSAGE_WORDS: only those anchors are matched against the words after them, and a match is
 * grown both ways. That costs a ninth of trying every pair of words, with no allocation per word.
 */
export function repeatedPassages(text: string, ws: readonly Word[], low: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (ws.length < 2 * MIN_PASSAGE_WORDS) return out;
  for (let anchor = 0; anchor + MIN_PASSAGE_WORDS < ws.length; anchor += MIN_PASSAGE_WORDS) {
    for (let n = MIN_PASSAGE_WORDS; anchor + n < ws.length; n++) {
      if (low[anchor] !== low[anchor + n]) continue;
      // The run of places k with low[k] === low[k + n] around the anchor.
      let a = anchor;
      while (a > 0 && low[a - 1] === low[a - 1 + n]) a--;
      let b = anchor;
      while (b + 1 + n < ws.length && low[b + 1] === low[b + 1 + n]) b++;
      if (b - a + 1 < n) continue;
      const second = a + n;
      const last = second + n - 1;
      if (out.some((o) => ws[a]!.start < o.end && o.start < ws[last]!.end)) continue;
      const junction = separatorBefore(text, ws, second);
      const closing = text.slice(ws[last]!.end, ws[last]!.end + junction.trimEnd().length);
      if (junction.includes("\n") || (junction.trim() !== "" && junction.trim() !== closing.trim())) continue;
      let alike = true;
      for (let j = 1; j < n && alike; j++) alike = separatorBefore(text, ws, a + j) === separatorBefore(text, ws, second + j);
      if (alike) out.push({ start: ws[second]!.start, end: ws[last]!.end + closing.trim().length });
    }
  }
  return out;
}
