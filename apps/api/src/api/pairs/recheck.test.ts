import { describe, expect, it } from "vitest";
import type { Flag } from "@alinha/aligner";
import { carryDismissals, sameFlags } from "./recheck.ts";
import type { FlagRow } from "./pair-dto.ts";

const found = (code: string, text: string, start = 0): Flag => ({ code, family: "entity", severity: "error", start, end: start + text.length, text, message: "m" });
const old = (code: string, text: string, dismissed: boolean): FlagRow => ({
  id: "f", pairId: "p", documentId: "d", code, family: "entity", severity: "error", start: 0, end: text.length, text, message: "m",
  suggestion: null, confidence: null, dismissed, dismissedBy: dismissed ? "Ana" : null, dismissReason: dismissed ? "nome certo" : null, dismissedAt: dismissed ? new Date(0) : null,
});

describe("carryDismissals", () => {
  it("keeps a dismissal when the same check finds the same text again, wherever it moved", () => {
    const [flag] = carryDismissals([found("entity.mismatch", "Noé", 12)], [old("entity.mismatch", "Noé", true)]);
    expect(flag).toMatchObject({ start: 12, dismissed: true, dismissedBy: "Ana", dismissReason: "nome certo" });
  });
  it("does not carry it to another text or another check", () => {
    const flags = carryDismissals([found("entity.mismatch", "Smith"), found("casing.lower", "Noé")], [old("entity.mismatch", "Noé", true)]);
    expect(flags.map((f) => f.dismissed)).toEqual([false, false]);
  });
  it("uses one dismissal for one flag: a second occurrence stays open", () => {
    const flags = carryDismissals([found("entity.mismatch", "Noé", 0), found("entity.mismatch", "Noé", 20)], [old("entity.mismatch", "Noé", true)]);
    expect(flags.map((f) => f.dismissed)).toEqual([true, false]);
  });
  it("does not revive an open flag as dismissed", () => {
    expect(carryDismissals([found("entity.mismatch", "Noé")], [old("entity.mismatch", "Noé", false)])[0]!.dismissed).toBe(false);
  });
});

describe("sameFlags", () => {
  const stored = [old("entity.mismatch", "Noé", false), old("casing.lower", "smith", false)];
  it("is true for the same findings in any order", () => {
    const again = carryDismissals([found("casing.lower", "smith"), found("entity.mismatch", "Noé")], stored);
    expect(sameFlags(again, stored)).toBe(true);
  });
  it("is false when a span moved, a flag went away or a dismissal differs", () => {
    expect(sameFlags(carryDismissals([found("casing.lower", "smith", 3), found("entity.mismatch", "Noé")], stored), stored)).toBe(false);
    expect(sameFlags(carryDismissals([found("entity.mismatch", "Noé")], stored), stored)).toBe(false);
    const dismissedNow = [old("entity.mismatch", "Noé", true), old("casing.lower", "smith", false)];
    expect(sameFlags(carryDismissals([found("casing.lower", "smith"), found("entity.mismatch", "Noé")], stored), dismissedNow)).toBe(false);
  });
});
