import { LOW_CONFIDENCE } from "@alinha/api/contract";
import type { FlagFamily, Pair, PairStatus, Role } from "../../api/types.ts";
import { activeFlags } from "../flags/flagSpans.ts";

/** Below this the aligner is unsure the two sides belong together; the grid marks it. */
export { LOW_CONFIDENCE };

export type StatusFilter = PairStatus | "all" | "needs-work";

export type SearchScope = "both" | "en" | "pt";

export interface Filters {
  status: StatusFilter;
  family: FlagFamily | "all" | "any";
  /** More families, together with `family`: a pair passes with an open flag in any of them. */
  moreFamilies: readonly FlagFamily[];
  lowConfidence: boolean;
  search: string;
  /** Where the search looks: both languages, or one. */
  scope: SearchScope;
  /** The search is a regular expression (case-insensitive) rather than plain words. */
  regex: boolean;
  hasComments: boolean;
  /** Last changed by this person (Pair.updatedBy); "" for anyone. */
  changedBy: string;
  /** Only pairs whose English has a translation-memory match. */
  memoryMatch: boolean;
}

export const NO_FILTERS: Filters = {
  status: "all", family: "all", moreFamilies: [], lowConfidence: false, search: "", scope: "both", regex: false,
  hasComments: false, changedBy: "", memoryMatch: false,
};

/** The search as a test of one text, or an error message for a regular expression that does not compile. */
export function searchTest(filters: Filters): { test: (text: string) => boolean } | { error: string } {
  const raw = filters.search.trim();
  if (!raw) return { test: () => true };
  if (!filters.regex) {
    const needle = fold(raw);
    return { test: (text) => fold(text).includes(needle) };
  }
  try {
    const pattern = new RegExp(raw, "iu");
    return { test: (text) => pattern.test(text) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

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
export function filterPairs(pairs: readonly Pair[], filters: Filters, role: Role, sticky?: ReadonlySet<string>, matched?: ReadonlySet<string>): number[] {
  const search = searchTest(filters);
  // A regular expression that does not compile shows nothing rather than everything.
  if ("error" in search) return pairs.flatMap((p, i) => (sticky?.has(p.id) ? [i] : []));
  const families = new Set<string>(filters.moreFamilies);
  if (filters.family !== "all" && filters.family !== "any") families.add(filters.family);
  const kept: number[] = [];
  pairs.forEach((pair, position) => {
    if (sticky?.has(pair.id)) return void kept.push(position);
    if (filters.status === "needs-work" ? !needsWork(pair, role) : filters.status !== "all" && pair.status !== filters.status) return;
    if (filters.lowConfidence && pair.confidence >= LOW_CONFIDENCE) return;
    if (filters.family === "any" || families.size) {
      const flags = activeFlags(pair.flags);
      if (filters.family === "any" ? !flags.length : !flags.some((f) => families.has(f.family))) return;
    }
    if (filters.hasComments && pair.commentCount === 0) return;
    if (filters.changedBy && pair.updatedBy !== filters.changedBy) return;
    if (filters.memoryMatch && !matched?.has(pair.id)) return;
    const inPt = filters.scope !== "en" && search.test(pair.ptText);
    if (!inPt && !(filters.scope !== "pt" && search.test(pair.enText))) return;
    kept.push(position);
  });
  return kept;
}

export function isFiltered(filters: Filters): boolean {
  return filters.status !== "all" || filters.family !== "all" || filters.moreFamilies.length > 0 || filters.lowConfidence || filters.search.trim() !== ""
    || filters.hasComments || filters.changedBy !== "" || filters.memoryMatch;
}
