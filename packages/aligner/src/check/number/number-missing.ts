import { flagAt, type Check } from "../check.ts";
import { literalSpans } from "../../normalize/literal-spans.ts";
import { mayHaveQuantity } from "./quantities.ts";
import { numberTokens, sameNumber, spaceRanges, type NumberToken } from "./number-tokens.ts";
import { isCodeStatement } from "./code-statement.ts";

// Numbers inside code, paths and addresses may be rewritten with them; a footnote mark "[7]" is renumbered by the tool.
const CARRIERS = new Set(["url", "email", "path", "file", "host", "code", "option", "command", "markup"]);
const FOOTNOTE = /^\[\d+\]$/u;
const ENTRY = /^\s*\S+ — /u;
// "1st", "2nd": written as ordinals in Portuguese ("primeiro", "2.º").
const ORDINAL = /^(?:st|nd|rd|th)/u;

function countable(en: string, t: NumberToken): boolean {
  if (t.weak) return false;
  if (FOOTNOTE.test(en.slice(t.start - 1, t.end + 1))) return false;
  if (ORDINAL.test(en.slice(t.end))) return false;
  return !literalSpans(en).some((s) => CARRIERS.has(s.kind) && s.start <= t.start && t.end <= s.end);
}

/** A number of the English that the Portuguese lost: "version 3.2" translated without "3.2". */
export const numberMissing: Check<"number-missing"> = {
  id: "number-missing",
  family: "number",
  severity: "warning",
  name: "Number missing from the Portuguese",
  description: "A number, year, version or section number of the English does not appear in the Portuguese, in digits or in words.",
  run(pair) {
    if (!pair.en || !/\p{L}/u.test(pair.pt)) return [];
    if (!mayHaveQuantity(pair.en, "en")) return [];
    // Code on either side is quoted, not translated: where its figures differ, the page's version does
    // (help pages), and a "plot2d — 2D plot" entry names a function, not a quantity.
    if (isCodeStatement(pair.en) || isCodeStatement(pair.pt) || ENTRY.test(pair.en)) return [];
    const en = numberTokens(spaceRanges(pair.en), "en").filter((t) => countable(pair.en!, t));
    if (!en.length) return [];
    // Not gated on mayHaveQuantity: "mil" alone is a number it does not know.
    const pt = numberTokens(spaceRanges(pair.pt), "pt");
    // "2,3 ou 4" for "2, 3 or 4": a list with its spaces lost, not a decimal; read it as the English's list too.
    const listed = /\d, \d/u.test(pair.en) && /\d,\d/u.test(pair.pt) ? numberTokens(spaceRanges(pair.pt.replace(/(?<=\d),(?=\d)/gu, ", ")), "pt") : [];
    const missing = en.filter((e) => !pt.some((p) => sameNumber(p, e)) && !listed.some((p) => sameNumber(p, e)));
    if (!missing.length) return [];
    const start = pair.pt.search(/\S/u);
    const end = pair.pt.trimEnd().length;
    const named = missing.map((e) => pair.en!.slice(e.start, e.end)).join(", ");
    return [flagAt(this, pair.pt, start, end, `The English has ${named}, which the Portuguese does not.`)];
  },
};
