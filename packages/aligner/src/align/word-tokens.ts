/** A word: letters, marks and digits, with inner joiners kept ("GPT-4o", "3,5", "don't"). */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,'’-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * TOKEN's own answer for each of the 256 Latin-1 code points: 1 for a letter, mark or digit.
 * The hand-written scanner below reads Latin-1 text with this table, so the two agree on
 * every Latin-1 character by construction.
 */
const LATIN_WORD_CHAR = (() => {
  const single = /[\p{L}\p{M}\p{N}]/u;
  const table = new Uint8Array(256);
  for (let c = 0; c < 256; c++) table[c] = single.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

/** TOKEN's inner joiners: . , ' ’ - */
function isJoiner(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/**
 * Characters beyond Latin-1 that the scanner may read: the typographic quotes, dashes and
 * ellipsis that fill real prose (none of them a letter, mark or digit). Anything else (NFD
 * accents, other scripts, astral characters) goes to TOKEN.
 */
function isTypographic(c: number): boolean {
  return c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0x2026;
}

function isLatinWordChar(c: number): boolean {
  return c <= 0xff && LATIN_WORD_CHAR[c] === 1;
}

/**
 * Where the words of a text lie, [start[k], end[k]) for k < count, cut exactly as TOKEN cuts
 * them but by hand: no regex, and no string per word (the aligner interns words straight from
 * the text). The buffers are reused from one text to the next.
 */
/** Set in WordBounds.marks when the text holds an em or en dash ("sin — sine function"). */
export const DASH_MARK = 128;

export class WordBounds {
  start = new Int32Array(256);
  end = new Int32Array(256);
  count = 0;
  /**
   * The OR of `markOf[c]` over the Latin-1 characters between the words of the last scan (and
   * DASH_MARK for an em or en dash): lets
   * the aligner learn which literal marks a segment holds (segment-features.ts) in the pass
   * that cuts its words, not in a second one over every character.
   */
  marks = 0;

  /** `markOf` has an entry for each Latin-1 code point. */
  constructor(private readonly markOf: Uint8Array = new Uint8Array(256)) {}

  /** Scans text; false when it holds a character only TOKEN can read (count is then meaningless). */
  scanLatin(text: string): boolean {
    const n = text.length;
    // Words are separated, so there are at most n/2 + 1 of them.
    if (this.start.length < (n >> 1) + 1) this.grow((n >> 1) + 1);
    let count = 0;
    let marks = 0;
    let p = 0;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (!isLatinWordChar(c)) {
        if (c <= 0xff) marks |= this.markOf[c]!;
        else if (c === 0x2014 || c === 0x2013) marks |= DASH_MARK;
        else if (c > 0xff && !isTypographic(c)) return false;
        p++;
        continue;
      }
      const s = p++;
      // A run of word characters, then on through each joiner that a word character follows.
      for (;;) {
        while (p < n && isLatinWordChar(text.charCodeAt(p))) p++;
        if (p + 1 < n && isJoiner(text.charCodeAt(p)) && isLatinWordChar(text.charCodeAt(p + 1))) p += 2;
        else break;
      }
      this.start[count] = s;
      this.end[count] = p;
      count++;
    }
    this.count = count;
    this.marks = marks;
    return true;
  }

  private grow(size: number): void {
    this.start = new Int32Array(size * 2);
    this.end = new Int32Array(size * 2);
  }
}

const shared = new WordBounds();

/** The words of a text, in order; null when it has none (as String.match with /g gives). */
export function wordTokens(text: string): string[] | null {
  if (!shared.scanLatin(text)) return text.match(TOKEN);
  if (shared.count === 0) return null;
  const words = new Array<string>(shared.count);
  for (let k = 0; k < shared.count; k++) words[k] = text.slice(shared.start[k], shared.end[k]);
  return words;
}
