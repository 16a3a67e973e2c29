import { existsSync, readdirSync, readFileSync } from "node:fs";
/**
 * The reviewed list of the precision protocol (issue 12): every flag raised on the development
 * corpus's test half, looked at once by a person and recorded with a verdict. A flag is found
 * again by what a reviewer saw (document, check, flagged text, the text around it), never by
 * offsets, so the list survives changes to segmentation and alignment.
 */

export type Verdict = "genuine" | "false-alarm";

/** One flag as the reviewer saw it. `before`/`after` are up to CONTEXT characters of the document around the span. */
export interface FlagKey {
  doc: string;
  code: string;
  text: string;
  before: string;
  after: string;
}

export interface ReviewedFlag extends FlagKey {
  verdict: Verdict | "";
  note: string;
}

/** Characters of context each side: enough to tell two occurrences of one word apart. */
export const CONTEXT = 40;

export const HEADER = ["doc", "code", "text", "before", "after", "verdict", "note"] as const;

/** TSV cells cannot hold tabs or line breaks: escape them (and the escape character) with a backslash. */
export const escapeCell = (s: string) => s.replace(/\\/gu, "\\\\").replace(/\t/gu, "\\t").replace(/\r/gu, "\\r").replace(/\n/gu, "\\n");
export const unescapeCell = (s: string) => s.replace(/\\(.)/gu, (_, c: string) => (c === "t" ? "\t" : c === "n" ? "\n" : c === "r" ? "\r" : c));

/** The key of a flag at [start, end) of a document's Portuguese text. */
export function flagKey(doc: string, code: string, pt: string, start: number, end: number, text = pt.slice(start, end)): FlagKey {
  return { doc, code, text, before: pt.slice(Math.max(0, start - CONTEXT), start), after: pt.slice(end, end + CONTEXT) };
}

export const keyString = (k: FlagKey) => [k.doc, k.code, k.text, k.before, k.after].join("\u0000");

export function formatRow(r: ReviewedFlag): string {
  return [r.doc, r.code, r.text, r.before, r.after, r.verdict, r.note].map(escapeCell).join("\t");
}

/**
 * Rows of a reviewed list. The header line and blank lines are skipped; a row whose verdict is
 * neither `genuine` nor `false-alarm` nor empty is an error with its line number, so a typo never
 * silently turns a false alarm into an unreviewed flag.
 */
export function parseReviewed(tsv: string, file = "reviewed-flags.tsv"): ReviewedFlag[] {
  const rows: ReviewedFlag[] = [];
  tsv.split("\n").forEach((line, i) => {
    if (!line.trim() || line.startsWith(`${HEADER[0]}\t${HEADER[1]}\t`)) return;
    const cells = line.replace(/\r$/u, "").split("\t");
    if (cells.length < 6) throw new Error(`${file}:${i + 1}: ${cells.length} columns, expected ${HEADER.length} (${HEADER.join(", ")})`);
    const [doc, code, text, before, after, verdict, note = ""] = cells.map(unescapeCell) as [string, string, string, string, string, string, string?];
    if (verdict !== "genuine" && verdict !== "false-alarm" && verdict !== "") {
      throw new Error(`${file}:${i + 1}: verdict "${verdict}" is neither genuine nor false-alarm (leave it empty if not reviewed yet)`);
    }
    rows.push({ doc, code, text, before, after, verdict, note });
  });
  return rows;
}

/** Verdicts by key; an empty verdict (not reviewed yet) is left out, and a later row wins over an earlier one. */
export function verdictIndex(rows: readonly ReviewedFlag[]): Map<string, Verdict> {
  const index = new Map<string, Verdict>();
  for (const r of rows) if (r.verdict) index.set(keyString(r), r.verdict);
  return index;
}

/** The reviewed lists in the repository: check-data/reviewed-flags.tsv, then reviewed/*.tsv in name order (a later row wins). */
export function reviewedFiles(): URL[] {
  const dir = new URL("./reviewed/", import.meta.url);
  const listed = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".tsv")).sort().map((f) => new URL(f, dir)) : [];
  return [new URL("./reviewed-flags.tsv", import.meta.url), ...listed];
}

/** Every verdict of the repository's reviewed lists, by key. */
export const loadVerdicts = (): Map<string, Verdict> =>
  verdictIndex(reviewedFiles().flatMap((u) => parseReviewed(readFileSync(u, "utf8"), u.pathname)));
