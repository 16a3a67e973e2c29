import type { CheckInput } from "../../types.ts";
import type { Check, CheckContext, DocumentFindings } from "../check.ts";
import { mayHaveQuantity } from "./quantities.ts";
import { labelOffset } from "./label-offset.ts";
import { numberTokens, sameNumber, spaceRanges, type NumberToken } from "./number-tokens.ts";

/** The same figure for another in at least this many pairs of a document: the translator's choice, not a slip. */
export const MIN_SUBSTITUTIONS = 3;

/** A substitution's key: the Portuguese figure and the English one it stands for, as written. */
export const substitutionKey = (pt: string, en: string): string => `${pt}\u2192${en}`;

const distinct = (tokens: readonly NumberToken[]): string[] => [...new Set(tokens.map((t) => t.raw))];

/**
 * The figures a pair's Portuguese and English do not share, when each side has exactly one: the
 * Portuguese's figure put for the English's ("o valor simples de 42" for "the single value of 8").
 */
export function pairSubstitution(pt: string, en: string): string | undefined {
  if (!mayHaveQuantity(pt, "pt") || !mayHaveQuantity(en, "en")) return undefined;
  const enTokens = numberTokens(spaceRanges(en), "en").filter((t) => !t.weak && t.raw !== "");
  if (!enTokens.length) return undefined;
  const ptTokens = numberTokens(spaceRanges(pt), "pt").filter((t) => !t.weak && t.raw !== "");
  const ptOnly = distinct(ptTokens.filter((p) => !enTokens.some((e) => sameNumber(p, e))));
  const enOnly = distinct(enTokens.filter((e) => !ptTokens.some((p) => sameNumber(p, e))));
  return ptOnly.length === 1 && enOnly.length === 1 ? substitutionKey(ptOnly[0]!, enOnly[0]!) : undefined;
}

/**
 * Figures a document's translation replaced consistently: the same Portuguese figure for the same
 * English one in MIN_SUBSTITUTIONS pairs or more (a tutorial's example value, "42" for "8" in every
 * example and every sentence about it). A translator who changes an example changes it everywhere;
 * a slip changes one figure once. Code is counted too: the examples carry the value the prose names.
 */
export function substitutedNumbers(pairs: readonly CheckInput[]): string[] {
  // Both number checks ask for the same document in one pass.
  const known = memo.get(pairs);
  if (known) return known;
  const found = learn(pairs);
  memo.set(pairs, found);
  return found;
}

const memo = new WeakMap<readonly CheckInput[], string[]>();

function learn(pairs: readonly CheckInput[]): string[] {
  const counts = new Map<string, number>();
  for (const p of pairs) {
    if (!p.en || !/\d/u.test(p.pt) || !/\d/u.test(p.en)) continue;
    const key = pairSubstitution(p.pt, p.en);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= MIN_SUBSTITUTIONS).map(([k]) => k).sort();
}

/**
 * The document pass both number checks share: each pair as usual, and, only when some pair was
 * flagged and the document has substitutions, the flagged pairs again with them known. Flags are
 * rare, so learning the substitutions is paid for by the documents that have some.
 */
export function runWithSubstitutions(check: Check, pairs: readonly CheckInput[], context: CheckContext): DocumentFindings {
  const plain = pairs.map((p) => check.run!(p, context));
  if (!plain.some((f) => f.length)) return { pairFlags: plain, documentFlags: [] };
  const substituted = context.document?.substitutedNumbers ?? substitutedNumbers(pairs);
  // The document's chapter numbers off by one offset (label-offset.ts) are learnt the same way, only when some pair was
  // flagged: labels off by an offset are flagged until it is known (and then not at all: another version of the book).
  const offset = context.document?.labelOffset ?? labelOffset(pairs);
  if (!substituted.length && offset === undefined) return { pairFlags: plain, documentFlags: [] };
  const document = { ...context.document, substitutedNumbers: substituted, ...(offset !== undefined ? { labelOffset: offset } : {}) };
  const learnt: CheckContext = { ...context, document };
  return { pairFlags: plain.map((f, k) => (f.length ? check.run!(pairs[k]!, learnt) : f)), documentFlags: [] };
}
