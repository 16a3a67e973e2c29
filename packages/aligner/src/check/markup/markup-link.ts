import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";

// "[text](#)" or "[text](url)": a web link whose target did not survive the copy.
const LINK = /\[([^\]\n]+)\]\(([^)\s]*)\)/gu;
/**
 * A link's text is words and its target an address, an anchor or nothing. A bracket of symbols followed by a group that
 * holds a regular expression's alternatives, classes or repetition ("[-+=]([rwxXst]*|[ugo])", chmod's mode) is a
 * pattern or a grammar quoted as it is, not a link.
 */
const LINK_TEXT = /[\p{L}\p{N}]/u;
const NO_ADDRESS = /[|[\]*^$\\]/u;

/** A link stub from the web page: keep its text, drop the brackets. */
export const markupLink: Check<"markup-link"> = {
  id: "markup-link",
  family: "markup",
  severity: "error",
  name: "Link stub",
  description: "Markdown link syntax copied from the web page; the text should stay, the brackets and target go.",
  run(pair) {
    return execAll(LINK, pair.pt).filter((m) => LINK_TEXT.test(m[1]!) && !NO_ADDRESS.test(m[2]!)).map((m) =>
      flagAt(this, pair.pt, m.index, m.index + m[0].length, "Link syntax left over from the web page: keep only the text.", m[1]!));
  },
};
