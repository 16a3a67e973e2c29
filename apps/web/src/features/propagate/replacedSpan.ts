/** One correction a user made: the words that were there and the words now in their place. */
export interface Replacement {
  find: string;
  replace: string;
}

/**
 * Longer changes are rewrites, not a fix of one name or term; offering to "apply this
 * elsewhere" for them would propose replacing whole sentences across documents.
 */
const MAX_FIND_LENGTH = 80;
const MAX_FIND_WORDS = 6;

const WORD = /[\p{L}\p{N}_]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/**
 * The span an edit replaced, when the edit changed one place only ("noé smith:" ->
 * "Noah Smith:" gives "noé smith" -> "Noah Smith"). The change is widened to whole words,
 * because a common suffix ("mith") would otherwise cut a name in two. Null for insertions,
 * deletions, several separate changes run together, and long rewrites.
 */
export function replacedSpan(before: string, after: string): Replacement | null {
  if (before === after) return null;
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < limit - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  let beforeEnd = before.length - tail;
  let afterEnd = after.length - tail;
  // An insertion or a deletion has no old words to look for elsewhere.
  if (start === beforeEnd || start === afterEnd) return null;

  // A punctuation fix (" - " → " — ") has no word to widen to: take the spaces around it,
  // so the offer looks for the spaced hyphen, not every hyphen of "bem-vindo".
  if (!/[\p{L}\p{N}]/u.test(before.slice(start, beforeEnd) + after.slice(start, afterEnd))) {
    while (start > 0 && /\s/u.test(before[start - 1] ?? "")) start--;
    while (beforeEnd < before.length && /\s/u.test(before[beforeEnd] ?? "")) {
      beforeEnd++;
      afterEnd++;
    }
    const find = before.slice(start, beforeEnd);
    const replace = after.slice(start, afterEnd);
    if (!find.trim() || find === replace || find.length > MAX_FIND_LENGTH) return null;
    return { find, replace };
  }
  if (isWord(before[start]) || isWord(after[start])) {
    while (start > 0 && isWord(before[start - 1])) start--;
  }
  if (isWord(before[beforeEnd - 1]) || isWord(after[afterEnd - 1])) {
    while (beforeEnd < before.length && isWord(before[beforeEnd])) {
      beforeEnd++;
      afterEnd++;
    }
  }
  const find = before.slice(start, beforeEnd);
  const replace = after.slice(start, afterEnd);
  if (!/[\p{L}\p{N}]/u.test(find) || find.trim() !== find || find === replace) return null;
  if (find.length > MAX_FIND_LENGTH || find.split(/\s+/u).length > MAX_FIND_WORDS) return null;
  return { find, replace };
}
