import type { CheckInput } from "../../types.ts";
import { linesUpColumns } from "../text/lines.ts";

// A record's field ("Types: deb", "Enabled: yes", "Name: name"): a key and a short value, as a control file writes it.
const FIELD = /^\p{Lu}[\p{L}\p{N}-]*:[ \t]+(?:\S+[ \t]+){0,4}\S+$/u;
// A line of code or of a table: a statement's semicolon, a comment's mark, columns lined up with spaces.
const CODE_OR_TABLE_LINE = /;\s*$|^\s*(?:\/\*|\/\/|%%?|#|--)\s|\S {3,}\S/u;

// A header's labelled line, prose whatever block holds it ("Original Source: a16z", "Compilation and Translation: …").
const LABELLED = /^\p{Lu}\p{Ll}+(?: \p{L}+){1,4}: \S/u;
/** A header's labelled line ("Original Source: a16z"): prose, whatever block holds it. */
export const isLabelledLine = (pt: string): boolean => LABELLED.test(pt.trim());

// A line break, then spaces before the next line's first character: that line is indented within its block.
const INDENTED_LINE = /\n[ \t]+$/u;
/**
 * Labels lined up on their colons, so indented ("               Local time: Mon …" above "           Universal time: …",
 * as hostnamectl, timedatectl and systemctl status print them): a program's output, not a header's lines, which start
 * at the margin ("Original Source: a16z"). The line itself or the next one in its block is indented.
 */
const alignedLabels = (pair: CheckInput): boolean =>
  INDENTED_LINE.test(pair.gapBefore ?? "") || (pair.gapAfter !== undefined && /^[ \t]*\n[ \t]+$/u.test(pair.gapAfter));

/**
 * The first line of a block whose next line lines up columns ("office is ready and printing" above "Rank    Owner   Job"):
 * the status line or the title a program prints over its table, shown with it as the program printed it.
 */
const headsColumns = (pair: CheckInput): boolean =>
  pair.nextPt !== undefined && pair.gapAfter !== undefined && /^[ \t]*\n[ \t]*$/u.test(pair.gapAfter) && linesUpColumns(pair.nextPt);

// A comment's mark opening a line of code: "//", "/*", LilyPond's "%" and "%%" ("#" also opens a Markdown heading).
const COMMENT_LINE = /^\s*(?:\/\*|\/\/|%%?)\s/u;

/**
 * The rest of a comment's line that the segmenter cut at a stop ("%% Too tall? ¶ Left-hand endpoint is
 * not aligned with the B tie?"): on the same line as the comment's mark, so the program's text as well.
 */
function restOfComment(pair: CheckInput): boolean {
  if (pair.gapBefore === undefined || pair.gapBefore.includes("\n") || pair.prevPt === undefined) return false;
  const prev = pair.prevPt.trimEnd();
  return COMMENT_LINE.test(prev.slice(prev.lastIndexOf("\n") + 1));
}

/**
 * A pair that is a line of an example, record, table or code the translation keeps as it is:
 * English there is the program's, not a leftover. A line inside a block (one line break before it,
 * no blank line: an example, a listing) is one, unless a label of words opens it as a header's
 * lines do ("Original Source: a16z"); so is a record's field or a line of code standing alone.
 */
export function isLiteralLine(pair: CheckInput): boolean {
  const pt = pair.pt.trim();
  if (pair.gapBefore !== undefined && /^[ \t]*\n[ \t]*$/u.test(pair.gapBefore) && (!LABELLED.test(pt) || alignedLabels(pair))) return true;
  if (restOfComment(pair) || headsColumns(pair)) return true;
  if (FIELD.test(pt) && !/[.!?]$/u.test(pt)) return true;
  return CODE_OR_TABLE_LINE.test(pt);
}

/** A line of code or of a table by its own look (a statement's semicolon, a comment's mark, columns lined up), wherever it stands. */
export const isCodeOrTableLine = (pt: string): boolean => CODE_OR_TABLE_LINE.test(pt.trim());
