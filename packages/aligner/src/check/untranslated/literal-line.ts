import type { CheckInput } from "../../types.ts";

// A record's field ("Types: deb", "Enabled: yes", "Name: name"): a key and a short value, as a control file writes it.
const FIELD = /^\p{Lu}[\p{L}\p{N}-]*:[ \t]+(?:\S+[ \t]+){0,4}\S+$/u;
// A line of code or of a table: a statement's semicolon, a comment's mark, columns lined up with spaces.
const CODE_OR_TABLE_LINE = /;\s*$|^\s*(?:\/\*|\/\/|%%?|#|--)\s|\S {3,}\S/u;

// A header's labelled line, prose whatever block holds it ("Original Source: a16z", "Compilation and Translation: …").
const LABELLED = /^\p{Lu}\p{Ll}+(?: \p{L}+){1,4}: \S/u;

/**
 * A pair that is a line of an example, record, table or code the translation keeps as it is:
 * English there is the program's, not a leftover. A line inside a block (one line break before it,
 * no blank line: an example, a listing) is one, unless a label of words opens it as a header's
 * lines do ("Original Source: a16z"); so is a record's field or a line of code standing alone.
 */
export function isLiteralLine(pair: CheckInput): boolean {
  const pt = pair.pt.trim();
  if (pair.gapBefore !== undefined && /^[ \t]*\n[ \t]*$/u.test(pair.gapBefore) && !LABELLED.test(pt)) return true;
  if (FIELD.test(pt) && !/[.!?]$/u.test(pt)) return true;
  return CODE_OR_TABLE_LINE.test(pt);
}

/** A line of code or of a table by its own look (a statement's semicolon, a comment's mark, columns lined up), wherever it stands. */
export const isCodeOrTableLine = (pt: string): boolean => CODE_OR_TABLE_LINE.test(pt.trim());
