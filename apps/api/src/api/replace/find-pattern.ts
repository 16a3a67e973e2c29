export interface FindOptions {
  find: string;
  replace: string;
  matchCase?: boolean | undefined;
  wholeWord?: boolean | undefined;
}

/** Letters and digits of any script count as word characters ("noé" must not match in "noéis"). */
const WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
const WORD_AFTER = "(?![\\p{L}\\p{N}_])";

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * "Whole word" guards only the ends of `find` that are word characters: "noé" must not match
 * inside "noéis", but " - " (a spaced hyphen, no word in it) sits between two words by nature,
 * and demanding a non-letter beside it found nothing at all.
 */
export function findPattern(options: FindOptions): RegExp {
  const escaped = options.find.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const guardStart = options.wholeWord && WORD_CHAR.test(options.find.slice(0, 1));
  const guardEnd = options.wholeWord && WORD_CHAR.test(options.find.slice(-1));
  const source = `${guardStart ? WORD_BEFORE : ""}${escaped}${guardEnd ? WORD_AFTER : ""}`;
  return new RegExp(source, options.matchCase ? "gu" : "giu");
}

/** The text with every match replaced, or undefined when nothing matches. */
export function replaceAll(text: string, options: FindOptions): string | undefined {
  const pattern = findPattern(options);
  if (!pattern.test(text)) return undefined;
  pattern.lastIndex = 0;
  // A function, so "$1" or "$&" in the replacement stay literal text.
  return text.replace(pattern, () => options.replace);
}
