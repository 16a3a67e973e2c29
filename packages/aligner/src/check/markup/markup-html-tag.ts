import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";

// An HTML tag around words, or alone: "<b>nada</b>", "<br/>", "<span class=…>".
const TAG = /<\/?(?:b|i|u|em|strong|span|a|p|br|div|font|sup|sub|small|code|tt|mark)(?:\s[^<>\n]{0,200})?\/?>/giu;

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
      .filter((m) => !english.includes(m[0]))
      .map((m) => flagAt(this, pair.pt, m.index, m.index + m[0].length, "An HTML tag of the web page: remove it.", ""));
  },
};
