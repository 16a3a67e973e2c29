import { describe, expect, it } from "vitest";
import type { Pair, PairStatus } from "../../api/types.ts";
import { filterPairs, NO_FILTERS } from "./filters.ts";

function pair(index: number, status: PairStatus, ptText: string, extra: Partial<Pair> = {}): Pair {
  return {
    id: `p${index}`, documentId: "d", index, type: "1-1", ptText, ptOriginal: ptText, enText: "", confidence: 0.9,
    status, version: 1, paragraph: 0, flags: [], updatedAt: "", commentCount: 0, ...extra,
  };
}

const pairs = [
  pair(0, "new", "noé smith:"),
  pair(1, "confirmed", "Ação e reação", { confidence: 0.2 }),
  pair(2, "approved", "o google", { flags: [{ id: "f", code: "casing.proper", family: "casing", severity: "warning", start: 2, end: 8, text: "google", message: "", dismissed: false }] }),
  pair(3, "rejected", "texto", { enText: "Noah Smith" }),
];

describe("filterPairs", () => {
  it("finds text in either language, ignoring case and accents", () => {
    expect(filterPairs(pairs, { ...NO_FILTERS, search: "NOE" }, "translator")).toEqual([0]);
    expect(filterPairs(pairs, { ...NO_FILTERS, search: "acao" }, "translator")).toEqual([1]);
    expect(filterPairs(pairs, { ...NO_FILTERS, search: "noah" }, "translator")).toEqual([3]);
  });
  it("reads 'needs work' by role: a translator fixes, an editor reviews", () => {
    expect(filterPairs(pairs, { ...NO_FILTERS, status: "needs-work" }, "translator")).toEqual([0, 3]);
    expect(filterPairs(pairs, { ...NO_FILTERS, status: "needs-work" }, "editor")).toEqual([0, 1]);
  });
  it("keeps a pair changed under the current filters even when it stops matching", () => {
    expect(filterPairs(pairs, { ...NO_FILTERS, search: "noé" }, "translator", new Set(["p2"]))).toEqual([0, 2]);
  });
  it("filters by family and by low confidence", () => {
    expect(filterPairs(pairs, { ...NO_FILTERS, family: "casing" }, "editor")).toEqual([2]);
    expect(filterPairs(pairs, { ...NO_FILTERS, family: "entity" }, "editor")).toEqual([]);
    expect(filterPairs(pairs, { ...NO_FILTERS, lowConfidence: true }, "editor")).toEqual([1]);
  });
  it("keeps pairs flagged in any of several families at once", () => {
    const more = [...pairs, pair(4, "new", "x", { flags: [{ id: "g", code: "entity.mismatch", family: "entity", severity: "error", start: 0, end: 1, text: "x", message: "", dismissed: false }] })];
    expect(filterPairs(more, { ...NO_FILTERS, family: "casing", moreFamilies: ["entity"] }, "translator")).toEqual([2, 4]);
    expect(filterPairs(more, { ...NO_FILTERS, moreFamilies: ["entity"] }, "translator")).toEqual([4]);
  });
  it("searches one language with a regular expression", () => {
    expect(filterPairs(pairs, { ...NO_FILTERS, search: "^no", regex: true }, "translator")).toEqual([0, 3]);
    expect(filterPairs(pairs, { ...NO_FILTERS, search: "^no", regex: true, scope: "pt" }, "translator")).toEqual([0]);
    expect(filterPairs(pairs, { ...NO_FILTERS, search: "^no", regex: true, scope: "en" }, "translator")).toEqual([3]);
    expect(filterPairs(pairs, { ...NO_FILTERS, search: "(", regex: true }, "translator")).toEqual([]);
  });
  it("keeps pairs with comments, changed by someone, or with a memory match", () => {
    const more = pairs.map((p, i) => ({ ...p, commentCount: i === 1 ? 2 : 0, updatedBy: i === 3 ? "Ana" : null }));
    expect(filterPairs(more, { ...NO_FILTERS, hasComments: true }, "translator")).toEqual([1]);
    expect(filterPairs(more, { ...NO_FILTERS, changedBy: "Ana" }, "translator")).toEqual([3]);
    expect(filterPairs(more, { ...NO_FILTERS, memoryMatch: true }, "translator", undefined, new Set(["p2"]))).toEqual([2]);
  });
});
