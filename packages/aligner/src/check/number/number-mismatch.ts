import { flagAt, type Check } from "../check.ts";
import { mayHaveQuantity, quantities } from "./quantities.ts";

/** Values closer than this (relative) are the same number rounded differently. */
const TOLERANCE = 0.005;
const same = (a: number, b: number): boolean => Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

/** A number or scale in the Portuguese that the English does not have: "bilhão" for "trillion", "10" for "100". */
export const numberMismatch: Check<"number-mismatch"> = {
  id: "number-mismatch",
  family: "number",
  severity: "error",
  name: "Number differs from the English",
  description: "A number or scale word in the Portuguese disagrees with the English.",
  run(pair) {
    // Without English, or when the English spells no numbers, a translation may legitimately write them out.
    if (!pair.en) return [];
    // Only the Portuguese's numbers are flagged: without a digit or a number word there is nothing to compare.
    // The English's quantities are needed before the check can say anything, so it is asked too.
    if (!mayHaveQuantity(pair.pt, "pt") || !mayHaveQuantity(pair.en, "en")) return [];
    const en = quantities(pair.en, "en");
    if (!en.length) return [];
    const pt = quantities(pair.pt, "pt");
    const unmatchedEn = en.filter((e) => !pt.some((p) => same(p.value, e.value)));
    return pt
      .filter((p) => !en.some((e) => same(p.value, e.value)))
      .map((p) => {
        // One number each side that disagrees is a mistranslation of that number; say which.
        const hint = unmatchedEn.length === 1 ? ` The English has ${pair.en!.slice(unmatchedEn[0]!.start, unmatchedEn[0]!.end)}.` : "";
        return flagAt(this, pair.pt, p.start, p.end, `This number is not in the English.${hint}`);
      });
  },
};
