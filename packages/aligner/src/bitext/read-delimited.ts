import type { BitextPair } from "../types.ts";
import { BitextFormatError } from "./bitext-format-error.ts";
import { eachCsvRow } from "./read-csv.ts";
import { unguardSpreadsheetCell } from "./spreadsheet-guard.ts";
import { sideOf } from "./languages.ts";
import type { PairSink, ParsedBitext } from "./parsed-bitext.ts";
import { splitLines } from "./po-entries.ts";
import type { ChunkedDocument } from "./chunked-document.ts";
import { unescapeTsvField } from "./write-tsv.ts";
import { isPairStatus } from "./xliff-state.ts";

const EN_COLUMN = /^(?:en(?:[-_][a-z]{2})?|english|source)$/i;
const PT_COLUMN = /^(?:pt(?:[-_][a-z]{2})?|portuguese|português|target)$/i;

/**
 * Reads a table with a header row: Alinha's TSV (backslash escapes) or CSV (RFC 4180 quoting,
 * comma or semicolon). The columns are found by name: the English one (en, en-US, english,
 * source), the Portuguese one (pt, pt-BR, portuguese, target), and if present id, status, notes.
 * Rows are turned into pairs as they are read: a table of every row's cells first held 70 MiB
 * more than the pairs for a 100,000-row CSV. With `onPair`, each pair goes to it and the result
 * holds none (parse-bitext.ts).
 */
export function readDelimited(text: string | ChunkedDocument, format: "tsv" | "csv", onPair?: PairSink): ParsedBitext {
  const warnings: string[] = [];
  const pairs: BitextPair[] = [];
  const out = onPair ?? ((pair: BitextPair) => void pairs.push(pair));
  let header: string[] | undefined;
  let at = { en: -1, pt: -1, id: -1, status: -1, notes: -1, version: -1 };
  let k = 0;
  const onRow = (row: string[]) => {
    if (header === undefined) {
      header = row.map((c) => c.trim());
      at = columnsOf(header);
      return;
    }
    k++;
    if (row.length === 1 && row[0] === "") return;
    const cell = (i: number) => (i < 0 ? "" : unguardSpreadsheetCell(row[i] ?? ""));
    const pair: BitextPair = { en: cell(at.en), pt: cell(at.pt), status: "new" };
    const id = cell(at.id);
    if (id !== "") pair.id = id;
    const status = cell(at.status);
    if (isPairStatus(status)) pair.status = status;
    else if (status !== "") warnings.push(`row ${k + 1}: unknown status "${status}"; read as new`);
    const version = cell(at.version);
    if (/^\d+$/.test(version)) pair.version = Number(version);
    const notes = cell(at.notes);
    if (notes !== "") pair.notes = notes.split("\n");
    out(pair);
  };
  if (format === "tsv") eachTsvRow(typeof text === "string" ? splitLines(text) : text.lines(), onRow);
  else eachCsvRow(text, onRow);
  if (header === undefined) columnsOf([]);
  // A language tag as the column name says the language; "source"/"target" say nothing.
  const enName = header?.[at.en] ?? "";
  const ptName = header?.[at.pt] ?? "";
  const srcLang = sideOf(enName) === undefined ? "en" : enName;
  const trgLang = sideOf(ptName) === undefined ? "" : ptName;
  return { pairs, srcLang, trgLang, warnings };
}

/** Where each known column is (-1: absent); throws when there is no English or no Portuguese one. */
function columnsOf(header: string[]) {
  const en = header.findIndex((c) => EN_COLUMN.test(c));
  const pt = header.findIndex((c) => PT_COLUMN.test(c));
  if (en < 0 || pt < 0) throw new BitextFormatError("the header row names no English and Portuguese columns (en and pt-BR, or source and target)", 1, 1, "");
  const column = (name: string) => header.findIndex((c) => c.toLowerCase() === name);
  return { en, pt, id: column("id"), status: column("status"), notes: column("notes"), version: column("version") };
}

/** One row a line; the empty piece after a final newline (or of an empty file) is no row. */
function eachTsvRow(lines: Iterable<string>, onRow: (row: string[]) => void): void {
  const row = (line: string) => onRow((line.endsWith("\r") ? line.slice(0, -1) : line).split("\t").map(unescapeTsvField));
  let held: string | undefined;
  for (const line of lines) {
    if (held !== undefined) row(held);
    held = line;
  }
  if (held !== undefined && held !== "") row(held);
}
