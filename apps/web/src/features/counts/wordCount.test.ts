import { describe, expect, it } from "vitest";
import { countWords } from "./wordCount.ts";

describe("countWords", () => {
  it("counts hyphenated words, contractions and model names as one word each", () => {
    expect(countWords("Noah Smith: don't use GPT-4o, it's 3.5 times slower — guarda-chuva!")).toBe(10);
    expect(countWords("  ")).toBe(0);
  });
});
