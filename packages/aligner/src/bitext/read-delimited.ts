import { parse as parseCsv } from "csv-parse/sync";
import type { BitextPair } from "../types.ts";
import { BitextFormatError } from "./bitext-format-error.ts";
import { unguardSpreadsheetCell } from "./spreadsheet-guard.ts";
import { sideOf } from "./languages.ts";
import type { ParsedBitext } from "./parsed-bitext.ts";
import { unescapeTsvField } from "./write-tsv.ts";
import { isPairStatus } from "./xliff-state.ts";

const EN_COLUMN = /^(?:en(?:[-_][a-z]{2})?|english|source)$/i;
const PT_COLUMN = /^(?:pt(?:[-_][a-z]{2})?|portuguese|português|target)$/i;

/**
 * Reads a table with a header row: Alinha's TSV (backslash escapes) or CSV (RFC 4180 quoting,
 * comma or semicolon). The columns are found by name: the English one (en, en-US, english,
 * source), the Portuguese one (pt, pt-BR, portuguese, target), and if present id, status, notes.
 */
export function readDelimited(text: string, format: "tsv" | "csv"): ParsedBitext {
  const rows = format === "tsv" ? tsvRows(text) : csvRows(text);
  const header = (rows[0] ?? []).map((c) => c.trim());
  const enAt = header.findIndex((c) => EN_COLUMN.test(c));
  const ptAt = header.findIndex((c) => PT_COLUMN.test(c));
  if (enAt < 0 || ptAt < 0) throw new BitextFormatError("the header row names no English and Portuguese columns (en and pt-BR, or source and target)", 1, 1, "");
  const column = (name: string) => header.findIndex((c) => c.toLowerCase() === name);
  const [idAt, statusAt, notesAt, versionAt] = [column("id"), column("status"), column("notes"), column("version")];
  const warnings: string[] = [];
  const pairs: BitextPair[] = [];
  rows.slice(1).forEach((row, k) => {
    if (row.length === 1 && row[0] === "") return;
    const cell = (i: number) => (i < 0 ? "" : unguardSpreadsheetCell(row[i] ?? ""));
    const pair: BitextPair = { en: cell(enAt), pt: cell(ptAt), status: "new" };
    const id = cell(idAt);
    if (id !== "") pair.id = id;
    const status = cell(statusAt);
    if (isPairStatus(status)) pair.status = status;
    else if (status !== "") warnings.push(`row ${k + 2}: unknown status "${status}"; read as new`);
    const version = cell(versionAt);
    if (/^\d+$/.test(version)) pair.version = Number(version);
    const notes = cell(notesAt);
    if (notes !== "") pair.notes = notes.split("\n");
    pairs.push(pair);
  });
  // A language tag as the column name says the language; "source"/"target" say nothing.
  const srcLang = sideOf(header[enAt] ?? "") === undefined ? "en" : header[enAt]!;
  const trgLang = sideOf(header[ptAt] ?? "") === undefined ? "" : header[ptAt]!;
  return { pairs, srcLang, trgLang, warnings };
}

function tsvRows(text: string): string[][] {
  return text.split(/\r?\n/).map((line) => line.split("\t").map(unescapeTsvField)).filter((row, i, all) => !(i === all.length - 1 && row.length === 1 && row[0] === ""));
}

function csvRows(text: string): string[][] {
  try {
    // The header row says which separator the file uses (spreadsheets in Portuguese locales write ";").
    // Taking both everywhere would split a cell that is just ";" (found by the re-import property test).
    const header = text.replace(/^\uFEFF/u, "").split(/\r?\n/u, 1)[0] ?? "";
    const delimiter = header.includes(",") || !header.includes(";") ? "," : ";";
    return parseCsv(text, { delimiter, relax_column_count: true, bom: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    const err = e as Error & { lines?: number; column?: number };
    throw new BitextFormatError(err.message.replace(/^Invalid Record Length: /, ""), err.lines ?? 1, 1, "");
  }
}
