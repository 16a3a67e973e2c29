import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";

// Bold or italics markers around text ("**Uau.**", "*nota*"), not a bullet ("* item") nor a multiplication.
const EMPHASIS = /(\*\*|__)(?=\S)([^*\n]+?)(?<=\S)\1|(?<![\p{L}\p{N}*])\*(?=[\p{L}"“])([^*\n]+?)(?<=[\p{L}.!?"”])\*(?![\p{L}\p{N}*])/gu;

/** Emphasis markers from the web page's formatting. */
export const markupEmphasis: Check<"markup-emphasis"> = {
  id: "markup-emphasis",
  family: "markup",
  severity: "warning",
  name: "Formatting markers",
  description: "Asterisks or underscores from the web page's bold and italics are left in the text.",
  run(pair) {
    return execAll(EMPHASIS, pair.pt).map((m) =>
      flagAt(this, pair.pt, m.index, m.index + m[0].length, "Bold or italic markers left over from the web page: remove them.", m[2] ?? m[3]!));
  },
};
