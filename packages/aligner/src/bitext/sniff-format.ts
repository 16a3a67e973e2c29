/** What an imported file is, found from its content whatever its name says. */
export type ImportFormat = "tmx" | "xliff" | "po" | "tsv" | "csv" | "text";

/** How far into a file to look: past an XML prolog with comments, or a PO header. */
const HEAD_CHARS = 8192;

/** The root element's local name, skipping the XML declaration, comments, PIs and a DOCTYPE. */
function xmlRoot(head: string): string | undefined {
  const rest = head.replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/i, "");
  const m = /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(rest);
  return m?.[1];
}

/** A gettext catalogue: a `msgid "…"` line, after comments and maybe a `msgctxt`. */
const PO_ENTRY = /^(?:#[^\n]*\n|\s*\n)*(?:msgctxt\s+"[^\n]*\n(?:"[^\n]*\n)*)?msgid\s+"/;

/**
 * A delimited table whose header row names an English and a Portuguese column (as Alinha's TSV
 * and CSV exports do, or "source"/"target" as other tools write them).
 */
const EN_COLUMN = /^"?(?:en(?:[-_][a-z]{2})?|english|source)"?$/i;
const PT_COLUMN = /^"?(?:pt(?:[-_][a-z]{2})?|portuguese|português|target)"?$/i;

function headerNamesBoth(line: string, separator: string): boolean {
  const cells = line.split(separator).map((c) => c.trim());
  return cells.some((c) => EN_COLUMN.test(c)) && cells.some((c) => PT_COLUMN.test(c));
}

export function sniffFormat(text: string): ImportFormat {
  const head = text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, "");
  if (/^\s*</.test(head)) {
    const root = xmlRoot(head);
    if (root === "tmx") return "tmx";
    if (root === "xliff") return "xliff";
  }
  if (PO_ENTRY.test(head.replace(/\r\n?/g, "\n"))) return "po";
  const firstLine = head.split(/\r?\n/, 1)[0] ?? "";
  if (firstLine.includes("\t") && headerNamesBoth(firstLine, "\t")) return "tsv";
  if ((firstLine.includes(",") && headerNamesBoth(firstLine, ",")) || (firstLine.includes(";") && headerNamesBoth(firstLine, ";"))) return "csv";
  return "text";
}
