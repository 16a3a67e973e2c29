import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";

// Bold or italics markers around text ("**Uau.**", "*nota*"), not a bullet ("* item") nor a multiplication.
const EMPHASIS = /(\*\*|__)(?=\S)([^*\n]+?)(?<=\S)\1|(?<![\p{L}\p{N}*])\*(?=[\p{L}"“])([^*\n]+?)(?<=[\p{L}.!?"”])\*(?![\p{L}\p{N}*])/gu;

/**
 * Asterisks and underscores that are the text's own: a C macro or dunder name ("__TIME__",
 * "-D__DEB_CANARY_flag__"), a glob ("*foo*", "*g*.h"), a formula ("*asec(x)=csgn(%i*").
 */
function meant(text: string, start: number, end: number, inner: string): boolean {
  if (text[start] === "_" && /^[\w-]+$/u.test(inner)) return true;
  if (/[=%]/u.test(inner)) return true;
  // A single star around one token, quoted or before a file's extension: a shell glob.
  return text[start + 1] !== "*" && !/\s/u.test(inner) && (/["'“‘]/u.test(text[start - 1] ?? "") || /^\.\w/u.test(text.slice(end)));
}

/** Emphasis markers from the web page's formatting. */
export const markupEmphasis: Check<"markup-emphasis"> = {
  id: "markup-emphasis",
  family: "markup",
  severity: "warning",
  name: "Formatting markers",
  description: "Asterisks or underscores from the web page's bold and italics are left in the text.",
  run(pair) {
    // Every marker pair needs a star or two underscores: most pairs have neither, and skip the pattern's scan.
    if (!pair.pt.includes("*") && !pair.pt.includes("__")) return [];
    // The English has the same markers: the original's notation ("**CONFIGURE**", "(00******;11******)"), not the page's.
    return execAll(EMPHASIS, pair.pt).filter((m) => !pair.en?.includes(m[0]) && !meant(pair.pt, m.index, m.index + m[0].length, m[2] ?? m[3]!)).map((m) =>
      flagAt(this, pair.pt, m.index, m.index + m[0].length, "Bold or italic markers left over from the web page: remove them.", m[2] ?? m[3]!));
  },
};
