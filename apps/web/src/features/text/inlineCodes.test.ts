import { describe, expect, it } from "vitest";
import { codesOf, splitCodes } from "./inlineCodes.ts";

describe("inline codes", () => {
  it("cuts a text into plain runs and single codes", () => {
    expect(splitCodes("Olá \uE000mundo\uE001.").map((p) => (p.code ? `[${p.text.charCodeAt(0) - 0xe000 + 1}]` : p.text)).join("|")).toBe("Olá |[1]|mundo|[2]|.");
    expect(splitCodes("sem códigos")).toEqual([{ text: "sem códigos", code: false }]);
  });

  it("tells an edit that keeps the codes from one that loses or swaps them", () => {
    expect(codesOf("a\uE000b\uE001")).toBe(codesOf("x\uE000 y z\uE001"));
    expect(codesOf("a\uE000b\uE001")).not.toBe(codesOf("a\uE000b"));
    expect(codesOf("a\uE000b\uE001")).not.toBe(codesOf("\uE001a\uE000"));
  });
});
