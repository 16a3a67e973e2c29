import { LOW_CONFIDENCE } from "@alinha/api/contract";
import type { FlagFamily, Pair, PairStatus, Role } from "../../api/types.ts";
import { activeFlags } from "../flags/flagSpans.ts";

/** Below this the aligner is unsure the two sides belong together; the grid marks it. */
export { LOW_CONFIDENCE };

export type StatusFilter = PairStatus | "all" | "needs-work";

export interface Filters {
  status: StatusFilter;
  family: FlagFamily | "all" | "any";
  lowConfidence: boolean;
  search: string;
}

export const NO_FILTERS: Filters = { status: "all", family: "all", lowConfidence: false, search: "" };

/**
 * What "needs work" means depends on who asks: a translator still has new, edited and rejected
 * pairs to fix; an editor has everything not yet approved or sent back.
 */
export function needsWork(pair: Pair, role: Role): boolean {
  return role === "translator"
    ? pair.status === "new" || pair.status === "edited" || pair.status === "rejected"
    : pair.status !== "approved" && pair.status !== "rejected";
}

/** Lower case without accents, so "noe" finds "noé" and "Acao" finds "ação". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Positions (into `pairs`) of the pairs the filters keep, in document order. Pairs in
 * `sticky` (changed since the filters were set) stay in even when they no longer match:
 * fixing the text you searched for, or confirming a pair under "needs work", must not make
 * the pair vanish from under the cursor.
 */
export function filterPairs(pairs: readonly Pair[], filters: Filters, role: Role, sticky?: ReadonlySet<string>): number[] {
  const needle = fold(filters.search.trim());
  const kept: number[] = [];
  pairs.forEach((pair, position) => {
    if (sticky?.has(pair.id)) return void kept.push(position);
    if (filters.status === "needs-work" ? !needsWork(pair, role) : filters.status !== "all" && pair.status !== filters.status) return;
    if (filters.lowConfidence && pair.confidence >= LOW_CONFIDENCE) return;
    if (filters.family !== "all") {
      const flags = activeFlags(pair.flags);
      if (filters.family === "any" ? !flags.length : !flags.some((f) => f.family === filters.family)) return;
    }
    if (needle && !fold(pair.ptText).includes(needle) && !fold(pair.enText).includes(needle)) return;
    kept.push(position);
  });
  return kept;
}

export function isFiltered(filters: Filters): boolean {
  return filters.status !== "all" || filters.family !== "all" || filters.lowConfidence || filters.search.trim() !== "";
}
