import type { Pair } from "../../api/types.ts";
import { fold } from "../filters/filters.ts";
import type { Range } from "../text/findWords.ts";

export interface ConcordanceHit {
  pair: Pair;
  en: Range[];
  pt: Range[];
}

/** Enough to see how a phrase is usually rendered; more is a search, not a concordance. */
export const MAX_HITS = 100;

/**
 * `text` folded (lower case, no accents) with, for each folded character, where it came from,
 * so a match in the folded text can be marked in the original.
 */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = fold(text[i] ?? "");
    folded += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
  }
  return { folded, origin };
}

function rangesOf(text: string, needle: string): Range[] {
  const { folded, origin } = foldWithMap(text);
  const out: Range[] = [];
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    out.push({ start: origin[at] ?? 0, end: (origin[at + needle.length - 1] ?? 0) + 1 });
  }
  return out;
}

/**
 * The pairs of the document that contain `query` in either language, ignoring case and
 * accents ("acao" finds "ação"), with the matches marked on both sides so the reader sees
 * how the phrase was rendered each time.
 */
export function findConcordance(pairs: readonly Pair[], query: string, exceptPairId?: string): { hits: ConcordanceHit[]; total: number } {
  const needle = fold(query.trim());
  if (needle.length < 2) return { hits: [], total: 0 };
  const hits: ConcordanceHit[] = [];
  let total = 0;
  for (const pair of pairs) {
    if (pair.id === exceptPairId) continue;
    const en = rangesOf(pair.enText, needle);
    const pt = rangesOf(pair.ptText, needle);
    if (!en.length && !pt.length) continue;
    total++;
    if (hits.length < MAX_HITS) hits.push({ pair, en, pt });
  }
  return { hits, total };
}
