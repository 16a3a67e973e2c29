import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";

// An HTML tag around words, or alone: "<b>nada</b>", "<br/>", "<span class=…>".
const TAG = /<\/?(?:b|i|u|em|strong|span|a|p|br|div|font|sup|sub|small|code|tt|mark)(?:\s[^<>\n]{0,200})?\/?>/giu;

// Quotes that may enclose a tag named as text: straight, curly, angled, backticks.
const OPENING = new Set(['"', "'", "“", "‘", "«", "`"]);
const CLOSING = new Set(['"', "'", "”", "’", "»", "`"]);
/**
 * A tag alone between quotes ("<p>", a program's string "pushline("<p>")", 'o marcador “<br/>”'): text that names or
 * writes the markup, the way code and documentation quote it, not a tag of the page the text was copied from, which
 * wraps words or stands bare between them.
 */
const quotedAlone = (text: string, start: number, end: number): boolean => OPENING.has(text[start - 1] ?? "") && CLOSING.has(text[end] ?? "");

/** HTML tags of the page the text came from, left in the Portuguese ("<b>nada</b>"). */
export const markupHtmlTag: Check<"markup-html-tag"> = {
  id: "markup-html-tag",
  family: "markup",
  severity: "warning",
  name: "HTML tags",
  description: "HTML tags of the source page are left in the text.",
  run(pair) {
    if (!pair.pt.includes("<")) return [];
    // Documentation that shows HTML quotes it as code, and the English quotes the same tags.
    if (looksLikeCode(pair.pt)) return [];
    const english = pair.en ?? "";
    return execAll(TAG, pair.pt)
      .filter((m) => !english.includes(m[0]) && !quotedAlone(pair.pt, m.index, m.index + m[0].length))
      .map((m) => flagAt(this, pair.pt, m.index, m.index + m[0].length, "An HTML tag of the web page: remove it.", ""));
  },
};
