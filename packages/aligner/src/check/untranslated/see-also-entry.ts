import type { CheckInput } from "../../types.ts";

/**
 * An entry of a help page's list of links ("Ver Também", a chapter's list of functions): the
 * linked page's name, an em dash, and its purpose as the linked page's own title gives it
 * ("hat — (^) exponentiation", "backslash — (\\) divisão matricial direita-esquerda: exact or least
 * square solution"). The help builder copies that title; English there is the linked page's flaw,
 * found on that page, not this one's. Recognised by its shape AND its place: under a "See also"
 * heading or among sibling entries, so an English description standing alone as a sentence of
 * the page ("cdfnor — cumulative distribution function…" with no list around it) is still flagged.
 */

// A name (one token, or one with its symbol: "colon (:)"), an em dash, a short purpose on one line.
const ENTRY = /^[^\s—–]+(?: \([^)\n]{1,12}\))? — \S[^\n]{0,118}$/u;
const SEE_ALSO = /^(?:ver também|veja também|consulte também|see also)$/iu;

/**
 * A linked page's title is a short noun phrase ("2D plot", "cumulative distribution function normal
 * distribution"); a longer description ("GCD of two polynomials or two integers, by the Bezout
 * method") reads as the translator's own sentence and stays the translator's to translate.
 */
const MAX_PURPOSE_WORDS = 9;
const isEntry = (text: string | undefined): boolean => text !== undefined && ENTRY.test(text.trim());

export function isSeeAlsoEntry(pair: CheckInput): boolean {
  if (!isEntry(pair.pt)) return false;
  const purpose = pair.pt.slice(pair.pt.indexOf(" — ") + 3);
  if ((purpose.match(/\p{L}+/gu)?.length ?? 0) > MAX_PURPOSE_WORDS) return false;
  // Each entry is a line (or block) of its own: an entry glued into a sentence is not one.
  const ownLine = (gap: string | undefined) => gap === undefined || gap.includes("\n");
  if (!ownLine(pair.gapBefore) || !ownLine(pair.gapAfter)) return false;
  const prev = pair.prevPt?.trim();
  return (prev !== undefined && SEE_ALSO.test(prev)) || isEntry(prev) || isEntry(pair.nextPt);
}
