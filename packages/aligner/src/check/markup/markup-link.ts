import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";

// "[text](#)" or "[text](url)": a web link whose target did not survive the copy.
const LINK = /\[([^\]\n]+)\]\(([^)\s]*)\)/gu;

/** A link stub from the web page: keep its text, drop the brackets. */
export const markupLink: Check<"markup-link"> = {
  id: "markup-link",
  family: "markup",
  severity: "error",
  name: "Link stub",
  description: "Markdown link syntax copied from the web page; the text should stay, the brackets and target go.",
  run(pair) {
    return execAll(LINK, pair.pt).map((m) =>
      flagAt(this, pair.pt, m.index, m.index + m[0].length, "Link syntax left over from the web page: keep only the text.", m[1]!));
  },
};
