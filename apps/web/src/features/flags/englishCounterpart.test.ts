import { describe, expect, it } from "vitest";
import type { Flag, Term } from "../../api/types.ts";
import { englishCounterpart } from "./englishCounterpart.ts";

function flag(text: string, extra: Partial<Flag> = {}): Flag {
  return { id: "f", code: "entity-mangled", family: "entity", severity: "error", start: 0, end: text.length, text, message: "", dismissed: false, ...extra };
}
const TERMS: Term[] = [{ id: "t", term: "AlphaFold", kind: "product", policy: "keep" }];
const en = (f: Flag, text: string) => englishCounterpart(f, text, TERMS)?.text ?? "none";

describe("englishCounterpart", () => {
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
