import { REVIEW_THRESHOLD } from "@alinha/aligner";
import { expect, test } from "vitest";
import { LOW_CONFIDENCE } from "./index.ts";

test("the contract's low-confidence line is the aligner's review threshold", () => {
  expect(LOW_CONFIDENCE).toBe(REVIEW_THRESHOLD);
});
