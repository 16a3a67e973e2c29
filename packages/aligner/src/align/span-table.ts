/** What SpanTable.get returns for a word it does not hold; never a value. */
export const MISSING = -0x80000000;

/** FNV-1a over the UTF-16 code units of text[start, end). */
function spanHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let p = start; p < end; p++) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  return h | 0;
}

/**
 * A hash table from words to integers, looked up by a span of a longer text. The aligner
 * meets each word form thousands of times in a long document; a Map would need a new string
 * and its hash for every one of them, this needs neither (open addressing, linear probing).
 */
export class SpanTable {
  /** Entry index + 1 per slot, 0 for an empty slot; the length is a power of two. */
  private slots = new Int32Array(1024);
  private readonly hashes: number[] = [];
  private readonly words: string[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.words.length;
  }

  /** The value of the word text[start, end), or MISSING. */
  get(text: string, start: number, end: number): number {
    const h = spanHash(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return MISSING;
      if (this.hashes[entry] === h && sameSpan(this.words[entry]!, text, start, end)) return this.values[entry]!;
    }
  }

  /** Adds text[start, end) with its value; the word must not be in the table yet. */
  add(text: string, start: number, end: number, value: number): void {
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    const h = spanHash(text, start, end);
    this.hashes.push(h);
    this.words.push(text.slice(start, end));
    this.values.push(value);
    this.place(h, this.words.length);
  }

  private place(h: number, entryPlusOne: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entryPlusOne;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.words.length; e++) this.place(this.hashes[e]!, e + 1);
  }
}

function sameSpan(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
