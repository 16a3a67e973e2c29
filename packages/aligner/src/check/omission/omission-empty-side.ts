import { flagAt, type Check } from "../check.ts";

/** A 1-0 or 0-1 pair: one side has text the other lacks. */
export const omissionEmptySide: Check<"omission-empty-side"> = {
  id: "omission-empty-side",
  family: "omission",
  severity: "warning",
  name: "No partner on one side",
  description: "English with no Portuguese (an omission) or Portuguese with no English (an addition).",
  run(pair) {
    // `en` undefined: the document has no English at all, so nothing is missing.
    if (pair.en === undefined) return [];
    const pt = pair.pt.trim();
    const en = pair.en.trim();
    if (!pt && en) return [flagAt(this, pair.pt, 0, 0, `This English was not translated: "${en.length > 60 ? `${en.slice(0, 57)}…` : en}"`)];
    if (pt && !en && /\p{L}/u.test(pt)) {
      const start = pair.pt.indexOf(pt);
      return [flagAt(this, pair.pt, start, start + pt.length, "This Portuguese has no English counterpart: an addition, or page furniture.")];
    }
    return [];
  },
};
