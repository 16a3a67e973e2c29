import { describe, expect, it } from "vitest";
import type { Flag } from "../../api/types.ts";
import { applyToDraft, spanlessFlags, splitByFlags } from "./flagSpans.ts";

function flag(start: number, end: number, text: string, extra: Partial<Flag> = {}): Flag {
  return { id: `${start}-${end}`, code: "entity.mismatch", family: "entity", severity: "error", start, end, text, message: "", suggestion: null, dismissed: false, ...extra };
}

/** "[x]" marks a flagged piece, so each expectation reads as one line. */
function render(text: string, flags: Flag[]): string {
  return splitByFlags(text, flags).map((p) => (p.flag ? `[${p.text}]` : p.text)).join("");
}

describe("splitByFlags", () => {
  it("marks each flagged span and keeps every character", () => {
    expect(render("noé smith: olá openai", [flag(0, 9, "noé smith"), flag(15, 21, "openai")])).toBe("[noé smith]: olá [openai]");
  });
  it("lets the earlier span win when two overlap", () => {
    expect(render("informações ponderadas e ponderadas", [flag(12, 35, "x"), flag(25, 35, "y")])).toBe("informações [ponderadas e ponderadas]");
  });
  it("leaves dismissed flags and spans past the end unmarked", () => {
    expect(render("abc", [flag(0, 1, "a", { dismissed: true }), flag(2, 9, "c…")])).toBe("abc");
    expect(spanlessFlags("abc", [flag(2, 9, "c…")]).length).toBe(1);
  });
});

describe("applyToDraft", () => {
  it("replaces the flagged words where the flag says they are", () => {
    expect(applyToDraft("noé smith: sim", flag(0, 9, "noé smith", { suggestion: "Noah Smith" }))).toBe("Noah Smith: sim");
  });
  it("finds the words nearest the old offset when the draft has shifted them", () => {
    const f = flag(4, 13, "noé smith", { suggestion: "Noah Smith" });
    expect(applyToDraft("Ah, o noé smith disse", f)).toBe("Ah, o Noah Smith disse");
  });
  it("returns null when the words are gone or there is no suggestion", () => {
    expect(applyToDraft("Noah Smith", flag(0, 9, "noé smith", { suggestion: "Noah Smith" }))).toBeNull();
    expect(applyToDraft("noé smith", flag(0, 9, "noé smith"))).toBeNull();
  });
});
