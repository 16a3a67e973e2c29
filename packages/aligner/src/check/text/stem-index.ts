/**
 * The stems of a hunspell .dic text, looked up without a string or a Map entry per stem.
 * A Map of the Portuguese dictionary's 312,000 stems took ~0.4 s to build and as much again in
 * garbage collection, most of the command line's cold start; this open-addressing table of line
 * offsets (two Int32Arrays) is built in one pass over the text and compares characters in place.
 */
const isEnd = (c: number) => c === 0x2f /* / */ || c === 0x09 || c === 0x20 || c === 0x0a || c === 0x0d;

function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class StemIndex {
  /** `starts` then `ends`, in one array so that it can be saved and given back (`prebuilt`). */
  readonly table: Int32Array;
  /** Offset of each stem's line + 1 (0: empty slot); `ends` the offset where its word ends. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly mask: number;

  /**
   * `prebuilt` is the `table` of an index built earlier on the same text (the command line's
   * build saves it): the pass over the text is then skipped.
   */
  constructor(private readonly dic: string, prebuilt?: Int32Array) {
    let size = prebuilt === undefined ? 1 : prebuilt.length / 2;
    if (prebuilt === undefined) {
      let lines = 1;
      for (let i = dic.indexOf("\n"); i >= 0; i = dic.indexOf("\n", i + 1)) lines++;
      while (size < lines * 2) size <<= 1;
    }
    this.table = prebuilt ?? new Int32Array(size * 2);
    this.starts = this.table.subarray(0, size);
    this.ends = this.table.subarray(size);
    this.mask = size - 1;
    if (prebuilt === undefined) this.fill();
  }

  private fill(): void {
    const dic = this.dic;
    const length = dic.length;
    for (let start = 0; start < length;) {
      // The word and its hash in one pass; the first line of a .dic is the entry count, and an
      // all-digit "word" is never a stem.
      let h = 0x811c9dc5;
      let digits = true;
      let end = start;
      for (let c = dic.charCodeAt(end); end < length && !isEnd(c); c = dic.charCodeAt(++end)) {
        h = Math.imul(h ^ c, 0x01000193);
        if (c < 0x30 || c > 0x39) digits = false;
      }
      if (end > start && !digits) this.insert(start, end, h >>> 0);
      const lineEnd = dic.indexOf("\n", end);
      start = lineEnd < 0 ? length : lineEnd + 1;
    }
  }

  private insert(start: number, end: number, hash: number): void {
    let slot = hash & this.mask;
    while (this.starts[slot] !== 0) slot = (slot + 1) & this.mask;
    this.starts[slot] = start + 1;
    this.ends[slot] = end;
  }

  /** The flags of a stem (of all its lines, joined), or undefined if it is not in the dictionary. */
  flagsOf(stem: string): string | undefined {
    let flags: string | undefined;
    for (let slot = hashRange(stem, 0, stem.length) & this.mask; this.starts[slot] !== 0; slot = (slot + 1) & this.mask) {
      const start = this.starts[slot]! - 1;
      const end = this.ends[slot]!;
      if (end - start !== stem.length || !this.dic.startsWith(stem, start)) continue;
      let own = "";
      if (this.dic.charCodeAt(end) === 0x2f) {
        let f = end + 1;
        while (f < this.dic.length && !isEnd(this.dic.charCodeAt(f))) f++;
        own = this.dic.slice(end + 1, f);
      }
      flags = (flags ?? "") + own;
    }
    return flags;
  }
}
