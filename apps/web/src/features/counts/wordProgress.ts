import type { PairStatus } from "../../api/types.ts";

export interface WordProgress {
  total: number;
  /** Percent of the words confirmed or approved: the translator's part done. */
  translated: number;
  /** Percent of the words approved: the editor's part done. */
  approved: number;
}

const percent = (n: number, total: number) => (total ? Math.floor((100 * n) / total) : 0);

/**
 * A document's progress from its words per status (`DocumentSummary.wordCounts`). Rounded
 * down, so "100%" is shown only when no word is left: a CAT tool's 99.6% that reads as done
 * would send a document out with a pair unapproved.
 */
export function wordProgress(counts: Partial<Record<PairStatus, number>>): WordProgress {
  const get = (s: PairStatus) => counts[s] ?? 0;
  const total = get("new") + get("edited") + get("confirmed") + get("approved") + get("rejected");
  return { total, translated: percent(get("confirmed") + get("approved"), total), approved: percent(get("approved"), total) };
}
