import { describe, expect, it } from "vitest";
import { wordProgress } from "./wordProgress.ts";

describe("wordProgress", () => {
  it("weighs statuses by words, not pairs: one long approved pair outweighs short new ones", () => {
    expect(wordProgress({ new: 10, edited: 0, confirmed: 30, approved: 60, rejected: 0 })).toEqual({ total: 100, translated: 90, approved: 60 });
  });
  it("never rounds a nearly finished document up to 100%", () => {
    expect(wordProgress({ new: 1, approved: 399 })).toEqual({ total: 400, translated: 99, approved: 99 });
  });
  it("answers 0% for a document without words", () => {
    expect(wordProgress({})).toEqual({ total: 0, translated: 0, approved: 0 });
  });
});
