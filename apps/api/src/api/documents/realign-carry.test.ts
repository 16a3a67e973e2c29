import { describe, expect, it } from "vitest";
import { carryReview, changedNote, type NewPair, type OldPair } from "./realign-carry.ts";

/** Old pairs over a Portuguese text joined with single spaces, as realign rebuilds it. */
function oldPairs(rows: Array<[pt: string, en: string, status: string]>): OldPair[] {
  let at = 0;
  return rows.map(([pt, en, status], k) => {
    const p: OldPair = { id: `o${k}`, ptText: pt, enText: en, status };
    if (pt) {
      p.ptStart = at;
      p.ptEnd = at + pt.length;
      at += pt.length + 1;
    }
    return p;
  });
}
function newPairs(rows: Array<[pt: string, en: string]>): NewPair[] {
  let at = 0;
  return rows.map(([pt, en]) => {
    const range: Array<[number, number]> = pt ? [[at, at + pt.length]] : [];
    if (pt) at += pt.length + 1;
    return { ptText: pt, enText: en, pt: range };
  });
}

describe("carryReview", () => {
  it("keeps a repeated pair's own occurrence, in order", () => {
    const old = oldPairs([["Sim.", "Yes.", "approved"], ["Não.", "No.", "new"], ["Sim.", "Yes.", "rejected"]]);
    const { carries, summary } = carryReview(old, newPairs([["Sim.", "Yes."], ["Não.", "No!"], ["Sim.", "Yes."]]));
    expect(carries.map((c) => (c.kind === "kept" ? `${c.oldId}:${c.status}` : c.kind))).toEqual(["o0:approved", "new", "o2:rejected"]);
    expect(summary).toEqual({ kept: 2, needsReview: 0, approvedToReview: 0, total: 3 });
  });

  it("puts a pair whose bead changed over reviewed pairs in review, naming what they were", () => {
    const old = oldPairs([["Um.", "One.", "approved"], ["Dois.", "Two.", "confirmed"], ["Três.", "Three.", "new"]]);
    const { carries, summary } = carryReview(old, newPairs([["Um. Dois.", "One. Two."], ["Três.", "Three."]]));
    expect(carries[0]).toEqual({ kind: "changed", was: [{ id: "o0", status: "approved" }, { id: "o1", status: "confirmed" }] });
    expect(carries[1]).toEqual({ kind: "kept", oldId: "o2", status: "new" });
    expect(summary).toEqual({ kept: 1, needsReview: 1, approvedToReview: 1, total: 2 });
    const first = carries[0]!;
    expect(first.kind === "kept" ? "" : changedNote(first.was)).toBe("re-aligned: the bead changed; to review again (was approved in pair o0, confirmed in pair o1)");
  });

  it("counts an approved English-only pair whose English changed among the approved ones to review", () => {
    const old = oldPairs([["Um.", "One.", "approved"], ["", "Extra line.", "approved"]]);
    const { summary } = carryReview(old, newPairs([["Um.", "One."], ["", "Extra lines."]]));
    expect(summary).toEqual({ kept: 1, needsReview: 0, approvedToReview: 1, total: 2 });
  });
});
