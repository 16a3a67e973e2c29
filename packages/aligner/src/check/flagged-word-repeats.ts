/**
 * How often each word a flag calls wrong occurs in the document, for the flag confidence
 * (flag-confidence.ts): a word the translator writes the same way all through the document is a
 * choice (a kept English term, the project's spelling of a name), a word written so once is a slip.
 * `checkDocument` counts it from the flags it raised before giving them confidences;
 * `documentContext(inputs, spellers, pairFlags)` counts it from the same flags, so `checkPair`
 * after an edit gives an unedited flag the confidence the whole-document pass gave it.
 */
import type { CheckFamily, CheckInput, Flag } from "../types.ts";

/** A word as a flag of a single word spans it: letters and digits, joined by a hyphen, an apostrophe, a dot or an underscore. */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’._][\p{L}\p{N}]+)*/gu;
const ONE_TOKEN = /^[\p{L}\p{N}]+(?:[-'’._][\p{L}\p{N}]+)*$/u;

/**
 * The families whose flag on one word says "this word is wrong here", where the same word written
 * the same way all through the document reads as the translator's choice. Not entities (machine
 * translation mangles a name the same way every time), nor markup, numbers or omissions.
 */
const WORD_FAMILIES: ReadonlySet<CheckFamily> = new Set<CheckFamily>(["spelling", "untranslated", "foreign", "casing", "variant"]);

/** The flag's span when it is one word of a family where repetition reads as a choice; else undefined. */
export function repeatableWord(flag: Pick<Flag, "family" | "text">): string | undefined {
  if (!WORD_FAMILIES.has(flag.family)) return undefined;
  const word = flag.text.trim();
  return word.length >= 2 && word.length <= 40 && ONE_TOKEN.test(word) ? word : undefined;
}

/** Up to this many wanted words, a search for each in a pair costs less than tokenising the pair. */
const FEW_WORDS = 32;

/**
 * Each repeatable word of the document's pair flags (`pairFlags[k]` the final flags of `inputs[k]`) that occurs
 * more than once in the Portuguese (whole words, exact case), with how often: a word missing from it occurs once.
 */
export function flaggedWordRepeats(inputs: readonly CheckInput[], pairFlags: readonly (readonly Flag[])[]): Record<string, number> {
  const wanted = new Set<string>();
  for (const flags of pairFlags) {
    for (const f of flags) {
      const word = repeatableWord(f);
      if (word !== undefined) wanted.add(word);
    }
  }
  const repeats: Record<string, number> = {};
  if (!wanted.size) return repeats;
  const seen = new Map<string, number>();
  // A token that is a wanted word is that word in the text: with a few words wanted (a document's flags name a
  // handful), a pair that holds none of them (most pairs) is passed over without tokenising it.
  const few = wanted.size <= FEW_WORDS ? [...wanted] : undefined;
  for (const input of inputs) {
    if (few && !few.some((word) => input.pt.includes(word))) continue;
    for (const token of input.pt.match(TOKEN) ?? []) if (wanted.has(token)) seen.set(token, (seen.get(token) ?? 0) + 1);
  }
  // In a stable order: the context is stored as JSON, and the same document gives the same text.
  for (const [word, n] of [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (n > 1) repeats[word] = n;
  return repeats;
}
