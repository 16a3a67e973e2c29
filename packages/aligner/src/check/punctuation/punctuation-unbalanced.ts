import type { Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";

const PAIRS: [string, string][] = [["(", ")"], ["[", "]"], ["“", "”"]];

/** Offsets of the marks that find no partner, scanning left to right. */
function unmatched(text: string, open: string, close: string): number[] {
  const stack: number[] = [];
  const lone: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) stack.push(i);
    else if (text[i] === close) { if (stack.length) stack.pop(); else lone.push(i); }
  }
  return [...lone, ...stack].sort((a, b) => a - b);
}

const count = (text: string, ch: string): number => text.split(ch).length - 1;

export const punctuationUnbalanced: Check<"punctuation-unbalanced"> = {
  id: "punctuation-unbalanced",
  family: "punctuation",
  severity: "warning",
  name: "Unbalanced quotes or brackets",
  description: "An opening bracket or quote without its closing partner, or the reverse.",
  run(pair) {
    const flags: Flag[] = [];
    for (const [open, close] of PAIRS) {
      for (const at of unmatched(pair.pt, open, close)) {
        // A quotation may span sentences: a partner in the neighbouring segment balances it.
        const partnerNear = pair.pt[at] === open ? (pair.nextPt ?? "").includes(close) : (pair.prevPt ?? "").includes(open);
        if (!partnerNear) flags.push(flagAt(this, pair.pt, at, at + 1, `"${pair.pt[at]}" has no partner.`));
      }
    }
    const straight = count(pair.pt, "\"");
    // An odd straight quote is a quotation that spans segments when a neighbour also has an odd count.
    if (straight % 2 === 1 && count(pair.prevPt ?? "", "\"") % 2 === 0 && count(pair.nextPt ?? "", "\"") % 2 === 0) {
      const at = pair.pt.lastIndexOf("\"");
      flags.push(flagAt(this, pair.pt, at, at + 1, "This quotation mark has no partner."));
    }
    return flags;
  },
};
