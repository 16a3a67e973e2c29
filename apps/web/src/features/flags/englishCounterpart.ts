import type { Flag, Term } from "../../api/types.ts";
import { fold } from "../filters/filters.ts";
import { findWords, type Range } from "../text/findWords.ts";

/** Below this the nearest English name is too unlike the flagged words to be their source. */
const MIN_SIMILARITY = 0.45;

/** Runs of capitalised words or tokens with digits: how names and models look in English. */
const NAME_LIKE = /(?:\p{Lu}[\p{L}\p{N}'’.\-]*|[\p{L}]*\p{N}[\p{L}\p{N}.\-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.\-]*|[\p{L}]*\p{N}[\p{L}\p{N}.\-]*))*/gu;

function bigrams(text: string): string[] {
  const t = fold(text).replace(/[^\p{L}\p{N}]/gu, "");
  return Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));
}

/** Dice coefficient on letter pairs: "noé smith" and "Noah Smith" share most of theirs. */
function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return fold(a) === fold(b) ? 1 : 0;
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const at = pool.indexOf(g);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * The English words an entity flag stands for ("noé smith" -> "Noah Smith"), so the reviewer
 * sees the source of the name next to its mangled form. The API's `flag.source` is the answer
 * when it sends one (it knows which name the check matched); the guess below only serves a
 * flag without it: the suggestion when the English has it, else the most similar glossary term
 * or name-like run. Null for other families and for names the English lacks.
 */
export function englishCounterpart(flag: Flag, enText: string, terms: readonly Term[]): (Range & { text: string }) | null {
  if (flag.family !== "entity" || !enText) return null;
  const given = flag.source;
  // Offsets from an older copy of the English (a realign since) would mark the wrong words.
  if (given && enText.slice(given.start, given.end) === given.text) return { start: given.start, end: given.end, text: given.text };
  if (flag.suggestion) {
    const exact = findWords(enText, flag.suggestion, false)[0];
    if (exact) return { ...exact, text: enText.slice(exact.start, exact.end) };
  }
  const candidates: Range[] = [
    ...terms.flatMap((t) => [t.term, ...(t.aliases ?? [])].flatMap((form) => findWords(enText, form, false))),
    ...[...enText.matchAll(NAME_LIKE)].map((m) => ({ start: m.index, end: m.index + m[0].replace(/[.'’\-]+$/u, "").length })),
  ];
  let best: Range | null = null;
  let bestScore = MIN_SIMILARITY;
  for (const range of candidates) {
    const score = similarity(flag.text, enText.slice(range.start, range.end));
    if (score > bestScore) {
      best = range;
      bestScore = score;
    }
  }
  return best ? { ...best, text: enText.slice(best.start, best.end) } : null;
}
