import type { CheckInput } from "../../types.ts";
import { isSentenceStart } from "../text/words.ts";

/**
 * What one document teaches the name-casing check: which ordinary words its Portuguese writes
 * with a capital ("Internet", "Zoom" of a tool's name). Plain data, so `documentContext` can keep
 * it for `checkPair`.
 */

const LETTER = /[\p{L}\p{N}]/u;
const whole = (text: string, at: number, end: number): boolean => !LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(end));
const ONE_CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}])/gu;

/** Occurrences of `word` capitalised in mid-sentence, and in lower case, over the document's Portuguese. */
function counts(pts: readonly string[], word: string): { capital: number; lower: number } {
  const lower = word.toLowerCase();
  let c = 0;
  let l = 0;
  for (const pt of pts) {
    for (let at = pt.indexOf(word); at >= 0; at = pt.indexOf(word, at + 1)) if (whole(pt, at, at + word.length) && !isSentenceStart(pt, at)) c++;
    for (let at = pt.indexOf(lower); at >= 0; at = pt.indexOf(lower, at + 1)) if (whole(pt, at, at + lower.length)) l++;
  }
  return { capital: c, lower: l };
}

/** Capitalised this many times for each lower-case one: a clear habit, not a document that writes it both ways. */
const MAJORITY = 3;

/**
 * The words (of `candidates`, or all capitalised words when not given) that the document's
 * Portuguese writes capitalised in mid-sentence far more often than in lower case: the
 * translator's own convention, so a lower-case one where the English capitalises it is a slip.
 */
export function capitalisedWords(pairs: readonly CheckInput[], candidates?: Iterable<string>): string[] {
  const pts = pairs.map((p) => p.pt);
  // One capitalised word, as the full scan finds them: checkPair and checkDocument must agree.
  let words: Iterable<string> | undefined = candidates && [...candidates].filter((w) => ONE_CAPITALISED.test(w));
  if (!words) {
    const seen = new Set<string>();
    for (const pt of pts) for (const m of pt.matchAll(CAPITALISED)) if (!isSentenceStart(pt, m.index)) seen.add(m[0]);
    words = seen;
  }
  const out: string[] = [];
  for (const w of words) {
    const { capital, lower } = counts(pts, w);
    if (capital > 0 && capital >= MAJORITY * lower) out.push(w);
  }
  return out.sort();
}
