import { describe, expect, it } from "vitest";
import { formatAliases, parseAliases } from "./aliases.ts";

describe("parseAliases", () => {
  it("splits on commas, trims, and drops blanks and repeats", () => {
    expect(parseAliases(" Altman, Sam A. ,, Altman ,")).toEqual(["Altman", "Sam A."]);
    expect(parseAliases("   ")).toEqual([]);
  });
  it("round-trips what formatAliases shows", () => {
    expect(parseAliases(formatAliases(["GPT-4o", "gpt4o"]))).toEqual(["GPT-4o", "gpt4o"]);
    expect(formatAliases(undefined)).toBe("");
  });
});
