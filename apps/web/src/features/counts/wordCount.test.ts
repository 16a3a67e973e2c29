import { describe, expect, it } from "vitest";
import type { Pair, PairStatus } from "../../api/types.ts";
import { countWords, wordsByStatus } from "./wordCount.ts";

function pair(status: PairStatus, enText: string, ptText = "x"): Pair {
  return { id: enText, documentId: "d", index: 0, type: "1-1", ptText, ptOriginal: ptText, enText, confidence: 1, status, version: 1, paragraph: 0, flags: [], updatedAt: "", commentCount: 0 };
}

describe("countWords", () => {
  it("counts hyphenated words, contractions and model names as one word each", () => {
    expect(countWords("Noah Smith: don't use GPT-4o, it's 3.5 times slower — guarda-chuva!")).toBe(10);
    expect(countWords("  ")).toBe(0);
  });
});

describe("wordsByStatus", () => {
  it("sums English words per status, falling back to the Portuguese when there is no English", () => {
    const counts = wordsByStatus([pair("approved", "one two"), pair("confirmed", "three"), pair("new", "", "quatro cinco seis")]);
    expect(counts).toEqual({ new: 3, edited: 0, confirmed: 1, approved: 2, rejected: 0, total: 6 });
  });
});
