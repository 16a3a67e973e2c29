const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SEPARATOR = /^[\s-]$/u;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether the code point that ends at `i` is a letter or a digit (a look-behind's reading: a surrogate pair is one). */
export function letterOrDigitBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const pair = i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2));
  return LETTER_OR_DIGIT.test(text.slice(pair ? i - 2 : i - 1, i));
}

/** Whether the code point that starts at `i` is a letter or a digit (a look-ahead's reading). */
export function letterOrDigitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const pair = i + 1 < text.length && isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1));
  return LETTER_OR_DIGIT.test(text.slice(i, pair ? i + 2 : i + 1));
}

/**
 * Whether `text` has `part` at `at` as the pattern's literal matches under the u flag: a lone half of a
 * surrogate pair in the part matches no half of a pair in the text.
 */
export function literalAt(text: string, part: string, at: number): boolean {
  if (!text.startsWith(part, at) || part.length === 0) return text.startsWith(part, at);
  const end = at + part.length;
  if (isLow(part.charCodeAt(0)) && at > 0 && isHigh(text.charCodeAt(at - 1))) return false;
  return !(isHigh(part.charCodeAt(part.length - 1)) && end < text.length && isLow(text.charCodeAt(end)));
}

/**
 * Whether `parts` (words holding no white space or hyphen) stand in `text` in this order, each
 * separated from the next by a run of white space or hyphens, with no letter or digit just before
 * the first or just after the last: "Guided - use entire disk" in “Guided - use entire disk”. What the
 * pattern `(?<![\p{L}\p{N}])part(?:[\s-]+part)*(?![\p{L}\p{N}])` (flag u) matches, without building
 * a pattern from the document's words; as under that flag, a surrogate pair is one character.
 */
export function hasSpacedWords(text: string, parts: readonly string[]): boolean {
  // Only where the first part is (every place, when there are none).
  const next = (from: number): number => (from > text.length ? -1 : parts.length ? text.indexOf(parts[0]!, from) : from);
  for (let start = next(0); start >= 0; start = next(start + 1)) {
    if (letterOrDigitBefore(text, start)) continue;
    let at = start;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) {
      if (k > 0) {
        // The parts hold no separator, so the run between two is all of the separators there.
        const from = at;
        while (at < text.length && SEPARATOR.test(text[at]!)) at++;
        if (at === from) { ok = false; break; }
      }
      if (literalAt(text, parts[k]!, at)) at += parts[k]!.length;
      else ok = false;
    }
    if (ok && !letterOrDigitAt(text, at)) return true;
  }
  return false;
}

/** Whether `word` (any text) stands in `text` with no letter or digit just before or after it: `(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])`. */
export const standsWhole = (text: string, word: string): boolean => hasSpacedWords(text, [word]);
