import { describe, expect, it } from "vitest";
import type { Flag, Pair } from "../../api/types.ts";
import { countLowConfidence, lowConfidenceLabel, withoutLowConfidence } from "./lowConfidence.ts";

const flag = (id: string, over: Partial<Flag> = {}): Flag => ({ id, code: "spelling-typo", family: "spelling", severity: "warning", start: 0, end: 3, text: "abc", message: "m", dismissed: false, ...over });
const pair = (id: string, flags: Flag[]): Pair => ({ id, documentId: "d", index: 0, type: "1-1", ptText: "abc", ptOriginal: "abc", enText: "abc", confidence: 1, status: "new", version: 1, paragraph: 0, flags, updatedAt: "", updatedBy: null, commentCount: 0, autoFilledFrom: null, pageBreakAt: null } as Pair);

describe("low-confidence flags on the review screen", () => {
  const pairs = [
    pair("a", [flag("1", { confidence: 0.9, lowConfidence: false }), flag("2", { confidence: 0.05, lowConfidence: true })]),
    pair("b", [flag("3")]),
    pair("c", [flag("4", { confidence: 0.1, lowConfidence: true, dismissed: true })]),
  ];

  it("are left out by default, while the pair's other flags stay", () => {
    const shown = withoutLowConfidence(pairs);
    expect(shown.map((p) => p.flags.map((f) => f.id))).toEqual([["1"], ["3"], []]);
    // A pair without any keeps its identity (no re-render of the whole grid).
    expect(shown[1]).toBe(pairs[1]);
    expect(withoutLowConfidence([pairs[1]!])).toEqual([pairs[1]]);
  });

  it("are counted for the toggle, dismissed ones not", () => {
    expect(countLowConfidence(pairs)).toBe(1);
    expect(lowConfidenceLabel(1, false)).toBe("Show 1 low-confidence flag");
    expect(lowConfidenceLabel(1200, true)).toBe("Hide 1,200 low-confidence flags");
  });

  it("include no flag stored before the model (no confidence): it stays shown", () => {
    expect(withoutLowConfidence([pair("x", [flag("9", { confidence: null })])])[0]!.flags).toHaveLength(1);
  });
});
