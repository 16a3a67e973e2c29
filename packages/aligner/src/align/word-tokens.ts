/** A word: letters, marks and digits, with inner joiners kept ("GPT-4o", "3,5", "don't"). */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,'’-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The same pattern over Latin-1 alone, without the `u` flag: V8 runs it two to three times
 * faster. The class is built from TOKEN's own test of each of the 256 code points, so the two
 * agree on every Latin-1 character by construction.
 */
const LATIN_WORD_CHARS = (() => {
  const single = /[\p{L}\p{M}\p{N}]/u;
  let cls = "";
  for (let c = 0; c < 256; c++) if (single.test(String.fromCharCode(c))) cls += `\\x${c.toString(16).padStart(2, "0")}`;
  return `[${cls}]`;
})();
const LATIN_TOKEN = new RegExp(`${LATIN_WORD_CHARS}+(?:[.,'’-]${LATIN_WORD_CHARS}+)*`, "g");
/**
 * Text the fast pattern may read: Latin-1 plus the typographic quotes, dashes and ellipsis
 * that fill real prose (none of them a letter, mark or digit). Anything else (NFD accents,
 * other scripts, astral characters) goes to TOKEN.
 */
const LATIN_TEXT = /^[\x00-\xff‘’“”–—…]*$/;

/** The words of a text, in order; null when it has none (String.match with /g: no match object per word). */
export function wordTokens(text: string): string[] | null {
  return text.match(LATIN_TEXT.test(text) ? LATIN_TOKEN : TOKEN);
}
