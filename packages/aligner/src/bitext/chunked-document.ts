import { TextDecodeError } from "../normalize/text-decode-error.ts";
import { decodeWindows1252 } from "../normalize/windows-1252.ts";

/**
 * A document read a chunk at a time from its bytes, so that a large import is never held as one
 * string beside its bytes (a 50 MB TMX with accents and emoji is 100 MB of UTF-16). Positions
 * stay UTF-16 offsets into the whole text, as the XML parser counts them; what an error or a
 * warning needs later (a line and column, an element's markup) is found again from a small table
 * kept per chunk, decoding that chunk once more from the bytes if it is no longer among the last
 * ones. Each chunk is cut before a character's first byte, so that it decodes on its own.
 */

/** What an imported file can be decoded from (decode-bitext.ts finds which). */
export type ChunkEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** 16 KiB: a position is found again by scanning at most one chunk, so they stay small. */
const CHUNK_BYTES = 1 << 14;
/** The chunks kept decoded: an element (a unit's inline code) may start in the one before. */
const KEPT_CHUNKS = 2;

/** Code points in text[from, to): each surrogate pair counts once, as editors count columns. */
function codePoints(text: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > from && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) n--;
  }
  return n;
}

/**
 * The first byte of bytes[from, to) that is not well-formed UTF-16: a surrogate out of its pair,
 * or a last byte without its partner. -1 if there is none.
 */
export function utf16ErrorAt(bytes: Uint8Array, from: number, to: number, encoding: "utf-16le" | "utf-16be"): number {
  const le = encoding === "utf-16le";
  let high = -1;
  for (let i = from; i < to; i += 2) {
    if (i + 1 >= to) return high >= 0 ? high : i;
    const unit = le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    const isLow = unit >= 0xdc00 && unit <= 0xdfff;
    if (high >= 0 && !isLow) return high;
    if (high < 0 && isLow) return i;
    high = unit >= 0xd800 && unit <= 0xdbff ? i : -1;
  }
  return high;
}

/** Where to end a chunk wanted to end at `end`: not inside a character (the chunk decodes on its own), and never empty. */
function cutOf(encoding: ChunkEncoding, bytes: Uint8Array, at: number, end: number): number {
  if (encoding === "windows-1252") return end;
  if (encoding === "utf-8") {
    const continues = (i: number) => i < bytes.length && (bytes[i]! & 0xc0) === 0x80;
    let cut = end;
    while (cut > at && continues(cut)) cut--;
    // A chunk smaller than its one character (tests cut them that small): take the whole character.
    if (cut === at) for (cut = at + 1; continues(cut);) cut++;
    return cut;
  }
  // UTF-16: whole code units, and not between the two of a surrogate pair.
  const high = (i: number) => {
    const unit = encoding === "utf-16le" ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    return unit >= 0xd800 && unit <= 0xdbff;
  };
  let cut = at + ((end - at) & ~1);
  if (cut < bytes.length && cut - 2 >= at && high(cut - 2)) cut -= 2;
  if (cut <= at) cut = Math.min(bytes.length, at + (high(at) ? 4 : 2));
  return cut;
}

export class ChunkedDocument {
  /** Per chunk: its UTF-16 offset in the whole text, its first byte, and the line and column there (1-based). */
  private readonly units: number[] = [];
  private readonly byteStarts: number[] = [];
  private readonly lineAt: number[] = [];
  private readonly columns: number[] = [];
  private readonly kept = new Map<number, string>();
  private again: { index: number; text: string } | undefined;
  private decoder: InstanceType<typeof TextDecoder> | undefined;

  /**
   * `bytes` must be well-formed in `encoding` from `start` on (the caller has checked; `start`
   * skips a byte-order mark), except UTF-16, which is checked chunk by chunk: a chunk that is not
   * throws `TextDecodeError`, possibly after pairs before it were read. `chunkBytes` is for tests, which cut small chunks to cross every
   * boundary.
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly chunkBytes = CHUNK_BYTES,
    readonly encoding: ChunkEncoding = "utf-8",
  ) {}

  /** The text of bytes[from, to), cut as `chunks` cuts it. ignoreBOM: a U+FEFF that opens a chunk inside the file is text, not a mark to drop. */
  private decode(from: number, to: number): string {
    const part = this.bytes.subarray(from, to);
    if (this.encoding !== "windows-1252") {
      this.decoder ??= new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true });
      try {
        return this.decoder.decode(part);
      } catch (e) {
        // UTF-16 is checked here, as each chunk is decoded (a loop over the whole file first cost
        // as long as decoding it); UTF-8 was checked before. Either way, say where.
        if (this.encoding === "utf-8" || !(e instanceof TypeError)) throw e;
        const at = utf16ErrorAt(this.bytes, from, to, this.encoding);
        throw new TextDecodeError("invalid-utf16", at, `not ${this.encoding === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"}: a surrogate out of its pair or a byte left over`);
      }
    }
    const cp = decodeWindows1252(part);
    if ("undefinedAt" in cp) throw new Error(`byte ${from + cp.undefinedAt} is not Windows-1252 (the caller checks every byte)`);
    return cp.text;
  }

  /** The text from the start to about `maxBytes` in, cut before a character: to find the format from. */
  head(maxBytes: number): string {
    const end = Math.min(this.bytes.length, this.start + maxBytes);
    return this.decode(this.start, end >= this.bytes.length ? end : cutOf(this.encoding, this.bytes, this.start, end));
  }

  /** The text, chunk by chunk, each cut before the first byte of a character. */
  *chunks(): Generator<string> {
    const { bytes } = this;
    let unit = 0;
    let line = 1;
    let column = 1;
    for (let at = this.start, index = 0; at < bytes.length; index++) {
      const end = cutOf(this.encoding, bytes, at, Math.min(at + this.chunkBytes, bytes.length));
      const text = this.decode(at, end);
      this.units.push(unit);
      this.byteStarts.push(at);
      this.lineAt.push(line);
      this.columns.push(column);
      this.kept.set(index, text);
      this.kept.delete(index - KEPT_CHUNKS);
      let lastNewline = -1;
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
        line++;
        lastNewline = i;
      }
      column = lastNewline < 0 ? column + codePoints(text, 0, text.length) : 1 + codePoints(text, lastNewline + 1, text.length);
      unit += text.length;
      at = end;
      yield text;
    }
  }

  /**
   * The text cut at each "\n" (without it), as `text.split("\n")` would give it: the last piece
   * is what follows the last newline, "" if the text ends with one.
   */
  *lines(): Generator<string> {
    let carry = "";
    for (const chunk of this.chunks()) {
      let start = 0;
      for (let newline = chunk.indexOf("\n"); newline >= 0; newline = chunk.indexOf("\n", start)) {
        yield carry + chunk.slice(start, newline);
        carry = "";
        start = newline + 1;
      }
      carry += chunk.slice(start);
    }
    yield carry;
  }

  /** The chunk holding a position (the last one for the very end). */
  private chunkAt(offset: number): number {
    let lo = 0;
    let hi = this.units.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.units[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private textOf(index: number): string {
    const kept = this.kept.get(index);
    if (kept !== undefined) return kept;
    if (this.again?.index !== index) {
      const end = this.byteStarts[index + 1] ?? this.bytes.length;
      this.again = { index, text: this.decode(this.byteStarts[index]!, end) };
    }
    return this.again.text;
  }

  /** 1-based line and column of a UTF-16 offset; the column counts characters. */
  locate(offset: number): { line: number; column: number } {
    if (this.units.length === 0) return { line: 1, column: 1 };
    const k = this.chunkAt(offset);
    const text = this.textOf(k);
    const rel = Math.min(offset - this.units[k]!, text.length);
    let line = this.lineAt[k]!;
    let lastNewline = -1;
    for (let i = text.indexOf("\n"); i >= 0 && i < rel; i = text.indexOf("\n", i + 1)) {
      line++;
      lastNewline = i;
    }
    const column = lastNewline < 0 ? this.columns[k]! + codePoints(text, 0, rel) : 1 + codePoints(text, lastNewline + 1, rel);
    return { line, column };
  }

  /** The text between two UTF-16 offsets (an element's markup). */
  slice(offset: number, end: number): string {
    const first = this.chunkAt(offset);
    const last = this.chunkAt(Math.max(offset, end - 1));
    let text = "";
    for (let k = first; k <= last; k++) text += this.textOf(k);
    const base = this.units[first] ?? 0;
    return text.slice(offset - base, end - base);
  }
}
