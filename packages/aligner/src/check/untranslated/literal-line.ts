import type { CheckInput } from "../../types.ts";

// A record's field ("Types: deb", "Enabled: yes", "Name: name"): a key and a short value, as a control file writes it.
const FIELD = /^\p{Lu}[\p{L}\p{N}-]*:[ \t]+(?:\S+[ \t]+){0,4}\S+$/u;
// A line of code or of a table: a statement's semicolon, a comment's mark, columns lined up with spaces.
const CODE_OR_TABLE_LINE = /;\s*$|^\s*(?:\/\*|\/\/|%%?|#|--)\s|\S {3,}\S/u;

/**
 * A pair that is a line of an example, record, table or code the translation keeps as it is:
 * English there is the program's, not a leftover. An indented line inside a block (one line break
 * and an indent before it, no blank line: a preformatted example) is one; so is a record's field
 * or a line of code standing alone. A header's lines without indent ("Original Source: a16z") are prose.
 */
export function isLiteralLine(pair: CheckInput): boolean {
  const pt = pair.pt.trim();
  if (pair.gapBefore !== undefined && /^[ \t]*\n[ \t]+$/u.test(pair.gapBefore)) return true;
  if (FIELD.test(pt) && !/[.!?]$/u.test(pt)) return true;
  return CODE_OR_TABLE_LINE.test(pt);
}
