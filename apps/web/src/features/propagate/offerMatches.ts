import type { ReplaceMatch } from "../../api/types.ts";

/**
 * Matches asked for per look-up: enough to review by eye, and a common word ("que") across
 * every document cannot make the offer slow to fetch or to draw.
 */
export const OFFER_LIMIT = 200;

export interface Page {
  matches: ReplaceMatch[];
  total: number;
}

/**
 * The pairs to offer a fix to, from two capped look-ups: the open document's and every
 * document's. The open document's come first, in reading order, so a cap never hides the
 * nearest pairs behind other documents' (the API returns matches in its own order); then the
 * others by title. The corrected pair no longer holds the words and is never listed.
 * @returns the matches to show and how many there are in all (for "showing N of TOTAL")
 */
export function offerMatches(documentId: string, here: Page, everywhere: Page, fromPairId: string): Page {
  const seen = new Set<string>([fromPairId]);
  const matches: ReplaceMatch[] = [];
  const ordered = [...here.matches].sort((a, b) => a.index - b.index).concat(
    [...everywhere.matches].filter((m) => m.documentId !== documentId)
      .sort((a, b) => a.documentTitle.localeCompare(b.documentTitle) || a.index - b.index));
  for (const m of ordered) {
    if (seen.has(m.pairId) || matches.length >= OFFER_LIMIT) continue;
    seen.add(m.pairId);
    matches.push(m);
  }
  const fromListed = [...here.matches, ...everywhere.matches].some((m) => m.pairId === fromPairId) ? 1 : 0;
  return { matches, total: Math.max(matches.length, everywhere.total - fromListed) };
}
