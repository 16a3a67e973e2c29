import { describe, expect, it } from "vitest";
import type { PairStatus } from "../types.ts";
import { statusFromXliff12, statusFromXliff2, XLIFF2_STATE } from "./xliff-state.ts";

describe("XLIFF 2.0 states", () => {
  it("maps every status to a state and back through subState", () => {
    const statuses: PairStatus[] = ["new", "edited", "confirmed", "approved", "rejected"];
    expect(statuses.map((s) => `${s}→${XLIFF2_STATE[s]}`)).toEqual([
      "new→initial",
      "edited→translated",
      "confirmed→reviewed",
      "approved→final",
      "rejected→initial",
    ]);
    for (const s of statuses) expect(statusFromXliff2(XLIFF2_STATE[s], `alinha:${s}`)).toBe(s);
  });

  it.each([
    ["another tool's final", "final", undefined, "approved"],
    ["another tool's reviewed", "reviewed", undefined, "confirmed"],
    ["no state at all (the spec's default)", undefined, undefined, "new"],
    ["another tool's subState", "translated", "acme:draft", "edited"],
    ["our prefix with an unknown status", "final", "alinha:bogus", "approved"],
    ["an unknown state", "done", undefined, undefined],
  ])("%s", (_name, state, subState, expected) => {
    expect(statusFromXliff2(state, subState)).toBe(expected);
  });
});

describe("XLIFF 1.2 states", () => {
  it.each([
    ["approved outranks the state", "yes", "new", "approved"],
    ["final", undefined, "final", "approved"],
    ["signed-off", undefined, "signed-off", "confirmed"],
    ["needs-review-translation", undefined, "needs-review-translation", "edited"],
    ["needs-translation", undefined, "needs-translation", "new"],
    ["our own x- state", undefined, "x-alinha:rejected", "rejected"],
    ["no target state", undefined, undefined, "new"],
    ["an unknown state", undefined, "x-acme", undefined],
  ])("%s", (_name, approved, state, expected) => {
    expect(statusFromXliff12(approved, state)).toBe(expected);
  });
});
