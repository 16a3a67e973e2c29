import { flagAt, type Check } from "../check.ts";
import { mayHaveQuantity } from "./quantities.ts";
import { numberTokens, sameNumber } from "./number-tokens.ts";

/** "[7]": a footnote mark, numbered by the publishing tool, not by the translator. */
const isFootnoteMark = (text: string, t: { start: number; end: number }): boolean => text[t.start - 1] === "[" && text[t.end] === "]";

/** A number or scale in the Portuguese that the English does not have: "bilhão" for "trillion", "1999" for "1998". */
export const numberMismatch: Check<"number-mismatch"> = {
  id: "number-mismatch",
  family: "number",
  severity: "error",
  name: "Number differs from the English",
  description: "A number, year, version, section number or scale word in the Portuguese disagrees with the English.",
  run(pair) {
    // Without English, or when the English spells no numbers, a translation may legitimately write them out.
    if (!pair.en) return [];
    if (!mayHaveQuantity(pair.pt, "pt") || !mayHaveQuantity(pair.en, "en")) return [];
    const en = numberTokens(pair.en, "en");
    if (!en.some((t) => !t.weak)) return [];
    const pt = numberTokens(pair.pt, "pt");
    const unmatchedEn = en.filter((e) => !e.weak && !pt.some((p) => sameNumber(p, e)));
    return pt
      // "um", "dois" alone are articles and pronouns as often as numbers: only compared, never flagged.
      .filter((p) => !p.weak && !isFootnoteMark(pair.pt, p) && !en.some((e) => sameNumber(p, e)))
      .map((p) => {
        // One number each side that disagrees is a mistranslation of that number; say which.
        const hint = unmatchedEn.length === 1 ? ` The English has ${pair.en!.slice(unmatchedEn[0]!.start, unmatchedEn[0]!.end)}.` : "";
        const suggestion = unmatchedEn.length === 1 && unmatchedEn[0]!.dotted ? unmatchedEn[0]!.raw : undefined;
        return flagAt(this, pair.pt, p.start, p.end, `This number is not in the English.${hint}`, suggestion);
      });
  },
};
