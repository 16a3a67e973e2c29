import { describe, expect, it } from "vitest";
import { realignSummary } from "./realign-document.ts";

describe("realignSummary", () => {
  it("says how many pairs kept their status and how many need review", () => {
    expect(realignSummary({ kept: 40, needsReview: 2, approvedToReview: 0, total: 43 })).toBe(
      "Realigned: 40 of 43 pairs kept their status; 2 changed where reviewed and need review again.",
    );
  });
  it("never lets an approval disappear unmentioned", () => {
    expect(realignSummary({ kept: 9, needsReview: 1, approvedToReview: 1, total: 10 })).toBe(
      "Realigned: 9 of 10 pairs kept their status; 1 changed where reviewed and need review again; 1 approved pair was replaced: approve again after review.",
    );
  });
});
