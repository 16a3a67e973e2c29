import { Buffer } from "node:buffer";
import { CsvError, Parser } from "csv-parse";
import { BitextFormatError } from "./bitext-format-error.ts";
import type { ChunkedDocument } from "./chunked-document.ts";

/** Characters per piece when a whole string is fed to the parser: the same size as a document's chunk. */
const STRING_CHUNK = 1 << 14;

/** A whole string in pieces, never cut between the two halves of a surrogate pair (Buffer.from would write U+FFFD). */
function* piecesOf(text: string): Generator<string> {
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + STRING_CHUNK, text.length);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end--;
    yield text.slice(at, end);
    at = end;
  }
}

/** 1-based line and column (in characters) of a UTF-16 offset into a whole string. */
function locateInString(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

/** UTF-16 length of the longest prefix of `text` whose UTF-8 form is at most `bytes` long. */
function unitsForBytes(text: string, bytes: number): number {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.codePointAt(i)!;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (n + size > bytes) break;
    n += size;
    i += c >= 0x10000 ? 2 : 1;
  }
  return i;
}

/** What the user should fix, in words; csv-parse's own message names its line count, which ours replaces. */
function reasonOf(err: CsvError): string {
  switch (err.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted cell is not closed before the end of the file";
    case "CSV_INVALID_CLOSING_QUOTE":
      return "a quoted cell's closing quote is followed by other text instead of a separator or the end of the line (a quote inside a cell is written twice)";
    case "INVALID_OPENING_QUOTE":
      return 'a quote inside a cell that does not start with one (quote the whole cell and write the inner quote twice: "a ""b""")';
    default:
      return err.message;
  }
}

/**
 * Reads CSV (RFC 4180 quoting, comma or semicolon) with csv-parse's streaming parser, a chunk at a
 * time: given the whole text at once it held a copy of the file's bytes beside the text (+61 MiB
 * at 100,000 rows). Each record goes to `onRow` as the parser closes it and is dropped. The
 * parser is a Node Transform; it is written to and read from synchronously (a write runs the
 * parse at once and the records wait in its readable buffer), so the import stays one call.
 * A malformed file throws `BitextFormatError` at the start of the cell where parsing failed
 * (its opening quote for a quote never closed), found again from the byte offset the parser
 * reports.
 */
export function eachCsvRow(source: string | ChunkedDocument, onRow: (row: string[]) => void): void {
  const chunks = typeof source === "string" ? piecesOf(source) : source.chunks();
  const slice = (from: number, to: number) => source.slice(from, to);
  const locate = (offset: number) => (typeof source === "string" ? locateInString(source, offset) : source.locate(offset));
  // The header row says which separator the file uses (spreadsheets in Portuguese locales write ";").
  // Taking both everywhere would split a cell that is just ";" (found by the re-import property test).
  let head = "";
  const waiting: string[] = [];
  // Read by hand: leaving a for…of early would close the generator.
  for (let next = chunks.next(); !next.done; next = chunks.next()) {
    waiting.push(next.value);
    head += next.value;
    if (head.includes("\n")) break;
  }
  const header = head.replace(/^\uFEFF/u, "").split(/\r?\n/u, 1)[0] ?? "";
  head = "";
  const delimiter = header.includes(",") || !header.includes(";") ? "," : ";";
  const parser = new Parser({ delimiter, relax_column_count: true, bom: true, skip_empty_lines: true });
  // Errors are taken from `parser.errored` below; the event would otherwise be thrown later, unhandled.
  parser.on("error", () => {});
  // Where each chunk fed starts, in bytes and in UTF-16 units, to find an error's position again.
  const byteStarts: number[] = [];
  const unitStarts: number[] = [];
  let bytes = 0;
  let units = 0;
  let rows = 0;
  const drain = () => {
    for (let record = parser.read() as string[] | null; record !== null; record = parser.read() as string[] | null) {
      rows++;
      onRow(record);
    }
    if (parser.errored) throw formatError(parser.errored);
  };
  const feed = (chunk: string) => {
    const buf = Buffer.from(chunk, "utf8");
    byteStarts.push(bytes);
    unitStarts.push(units);
    bytes += buf.length;
    units += chunk.length;
    parser.write(buf);
    drain();
  };
  const formatError = (e: Error): Error => {
    if (!(e instanceof CsvError)) return e;
    const at = positionOf((e as CsvError & { bytes?: number }).bytes ?? 0);
    return new BitextFormatError(reasonOf(e), at.line, at.column, "");
  };
  /** The cell that was being read: the parser's byte offset is its separator, or the start of its line. */
  const positionOf = (byte: number) => {
    let k = byteStarts.length - 1;
    while (k > 0 && byteStarts[k]! > byte) k--;
    const from = unitStarts[k] ?? 0;
    const to = unitStarts[k + 1] ?? units;
    let offset = from + unitsForBytes(slice(from, to), byte - (byteStarts[k] ?? 0));
    if (slice(offset, offset + 1) === delimiter) offset++;
    return locate(offset);
  };
  for (const chunk of waiting) feed(chunk);
  waiting.length = 0;
  for (let next = chunks.next(); !next.done; next = chunks.next()) feed(next.value);
  parser.end();
  drain();
  // A Node whose streams deferred any of this would lose rows silently: refuse instead.
  if (parser.writableLength !== 0 || rows !== parser.info.records) throw new Error(`the CSV parser handed on ${rows} of ${parser.info.records} rows`);
}
