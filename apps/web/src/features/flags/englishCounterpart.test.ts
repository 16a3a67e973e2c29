import { describe, expect, it } from "vitest";
import type { Flag, Term } from "../../api/types.ts";
import { englishCounterpart } from "./englishCounterpart.ts";

function flag(text: string, extra: Partial<Flag> = {}): Flag {
  return { id: "f", code: "entity-mangled", family: "entity", severity: "error", start: 0, end: text.length, text, message: "", dismissed: false, ...extra };
}
const TERMS: Term[] = [{ id: "t", term: "AlphaFold", kind: "product", policy: "keep" }];
const en = (f: Flag, text: string) => englishCounterpart(f, text, TERMS)?.text ?? "none";

describe("englishCounterpart", () => {
  it("marks the span the API names as the flag's source, even where the guess would pick another name", () => {
    const text = "Sam Altman met Sam Altmann.";
    const source = { start: 15, end: 26, text: "Sam Altmann" };
    expect(englishCounterpart(flag("sam altman", { source }), text, TERMS)).toEqual(source);
    // Without a source the nearest name wins: the first, identical one.
    expect(englishCounterpart(flag("sam altman", { source: null }), text, TERMS)).toEqual({ start: 0, end: 10, text: "Sam Altman" });
  });
  it("falls back to the guess when the source no longer fits the English (realigned since)", () => {
    expect(en(flag("noé smith", { source: { start: 40, end: 50, text: "Noah Smith" } }), "Noah Smith: I agree.")).toBe("Noah Smith");
  });
  it("finds a glossary alias of the English as the name's source", () => {
    // Lower case and no digits: not name-like, so only the glossary can point at it.
    const terms: Term[] = [{ id: "t", term: "Transformer", kind: "model", policy: "keep", aliases: ["transformers"] }];
    expect(englishCounterpart(flag("transformadores"), "then the transformers won", terms)?.text).toBe("transformers");
    expect(englishCounterpart(flag("transformadores"), "then the transformers won", [{ ...terms[0]!, aliases: [] }])).toBeNull();
  });
  it("uses the suggestion when the English has it", () => {
    expect(en(flag("noé smith", { suggestion: "Noah Smith" }), "Noah Smith: I agree with Dario.")).toBe("Noah Smith");
  });
  it("finds the most similar name of the English without a suggestion", () => {
    expect(en(flag("alpha fold"), "Then AlphaFold and GPT-4o arrived.")).toBe("AlphaFold");
    expect(en(flag("gpt 4.0"), "Then AlphaFold and GPT-4o arrived.")).toBe("GPT-4o");
  });
  it("answers none for other families and for names the English lacks", () => {
    expect(en(flag("noé smith", { family: "casing" }), "Noah Smith")).toBe("none");
    expect(en(flag("Zhang Wei"), "Then AlphaFold arrived.")).toBe("none");
  });
});
