import { describe, expect, it } from "vitest";
import type { ReplaceMatch } from "../../api/types.ts";
import { OFFER_LIMIT, offerMatches } from "./offerMatches.ts";

function match(documentId: string, index: number): ReplaceMatch {
  return { pairId: `${documentId}#${index}`, documentId, documentTitle: documentId.toUpperCase(), index, version: 1, before: "", after: "" };
}
/** "document#index" per match, in the order offered, then the total. */
function render(page: { matches: ReplaceMatch[]; total: number }): string {
  return `${page.matches.map((m) => m.pairId).join(" ")} / ${page.total}`;
}

describe("offerMatches", () => {
  it("puts the open document's pairs first even when the capped global look-up missed them", () => {
    const here = { matches: [match("d", 9), match("d", 2)], total: 2 };
    const everywhere = { matches: [match("b", 4), match("a", 1)], total: 500 };
    expect(render(offerMatches("d", here, everywhere, "x"))).toBe("d#2 d#9 a#1 b#4 / 500");
  });
  it("leaves out the corrected pair and lists a pair found by both look-ups once", () => {
    const here = { matches: [match("d", 1), match("d", 3)], total: 2 };
    const everywhere = { matches: [match("d", 1), match("d", 3), match("e", 0)], total: 3 };
    expect(render(offerMatches("d", here, everywhere, "d#1"))).toBe("d#3 e#0 / 2");
  });
  it("shows at most OFFER_LIMIT pairs and still counts them all", () => {
    const many = Array.from({ length: OFFER_LIMIT }, (_, i) => match("a", i));
    const offer = offerMatches("d", { matches: [match("d", 0)], total: 1 }, { matches: many, total: 1234 }, "x");
    expect(offer.matches).toHaveLength(OFFER_LIMIT);
    expect(offer.matches[0]?.pairId).toBe("d#0");
    expect(offer.total).toBe(1234);
  });
});
