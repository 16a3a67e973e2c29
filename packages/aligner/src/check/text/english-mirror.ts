import { BoundedCache } from "../../bounded-cache.js";

/**
 * "The English mirrors it": a word the English writes verbatim is the source's own (an identifier, a parameter, an
 * option, a product or file name, a term the translator rightly kept), not a slip or a leak of the translation. The
 * English's words are read as a translator reads them: case aside, and a compound identifier piece by piece
 * ("log_flags", "setTitle", "--max-depth", "Foo::Bar", "obj.prop", "script-fu-xach-effect"), since the prose names
 * one of its pieces ("o parâmetro depth", "a propriedade title").
 */

// A token of the English with the joiners of code inside it: underscores, hyphens, dots, colons, slashes.
const TOKEN = /[\p{L}\p{N}_]+(?:(?:[-.:/]+|::)[\p{L}\p{N}_]+)*/gu;
// Where an identifier breaks into pieces: its joiners, and a capital after a small letter ("setTitle", "iTunNORM").
const JOINERS = /[-_.:/]+/u;
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;

/** Each English text's words and pieces, lower-cased: every checked word of a pair asks the same English. */
const CACHE_SIZE = 16;
const cache = new BoundedCache<string, ReadonlySet<string>>(CACHE_SIZE);

/** The English's tokens, whole and piece by piece, in lower case. */
export function englishMirror(en: string): ReadonlySet<string> {
  const known = cache.get(en);
  if (known) return known;
  const out = new Set<string>();
  for (const m of en.matchAll(TOKEN)) {
    const token = m[0];
    out.add(token.toLowerCase());
    for (const part of token.split(JOINERS)) {
      if (!part) continue;
      out.add(part.toLowerCase());
      for (const piece of part.split(CAMEL)) if (piece) out.add(piece.toLowerCase());
    }
  }
  return cache.set(en, out);
}

/** A plural the translator added or dropped on a kept name ("os widgets" for "widget", "a flag" for "flags"): only on a word this long. */
const MIN_INFLECTED = 4;

/**
 * Whether the English has `word` verbatim, case aside, as a word or as a piece of a compound identifier, or (with
 * `inflected`) with a plural's "s" more or less. (Not a longer stretch: a typo of a Portuguese word is no piece of an
 * English identifier.) The plural is the spelling check's to allow, not the foreign-word check's: a Spanish plural of
 * an adjective English spells the same ("visibles" for "visible") is exactly the leak that check looks for.
 */
export function mirroredInEnglish(en: string | undefined, word: string, inflected = false): boolean {
  if (!en) return false;
  const mirror = englishMirror(en);
  const lower = word.toLowerCase();
  if (mirror.has(lower)) return true;
  if (!inflected || lower.length < MIN_INFLECTED) return false;
  return lower.endsWith("s") ? mirror.has(lower.slice(0, -1)) : mirror.has(`${lower}s`);
}
