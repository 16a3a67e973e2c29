import { describe, expect, it } from "vitest";
import type { Flag, Pair } from "../../api/types.ts";
import { flagSummary } from "./flagSummary.ts";

function flag(id: string, family: string, extra: Partial<Flag> = {}): Flag {
  return { id, code: `${family}-x`, family, severity: "warning", start: 0, end: 1, text: "x", message: "", dismissed: false, ...extra };
}
function pair(id: string, flags: Flag[]): Pair {
  return { id, documentId: "d", index: 0, type: "1-1", ptText: "x", ptOriginal: "x", enText: "x", confidence: 1, status: "new", version: 1, paragraph: 0, flags, updatedAt: "", commentCount: 0 };
}

describe("flagSummary", () => {
  it("counts open flags and flagged pairs per family, leaving dismissed flags out", () => {
    const summary = flagSummary([
      pair("a", [flag("1", "entity", { severity: "error" }), flag("2", "entity")]),
      pair("b", [flag("3", "entity"), flag("4", "casing", { dismissed: true })]),
    ]);
    expect(summary.get("entity")).toEqual({ family: "entity", flags: 3, pairs: 2, errors: 1 });
    expect(summary.has("casing")).toBe(false);
  });
});
