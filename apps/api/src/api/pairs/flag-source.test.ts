import { checkPair, type CheckOptions } from "@alinha/aligner";
import { describe, expect, it } from "vitest";
import { englishSource } from "./flag-source.ts";

const options: CheckOptions = { variant: "pt-BR", terms: [{ term: "Hard AI", kind: "product" }, { term: "Sam Altman", kind: "person", aliases: ["Altman"] }] };

/** The source of the first entity flag the real checks raise, as `text@start`. */
function sourceOf(pt: string, en: string): string {
  const flag = checkPair({ pt, en }, options).find((f) => f.family === "entity");
  if (!flag) return "no entity flag";
  const source = englishSource({ ...flag, suggestion: flag.suggestion ?? null }, en);
  return source ? `${source.text}@${source.start}` : "none";
}

describe("englishSource", () => {
  it("finds the English name a mangled name stands for", () => {
    expect(sourceOf("O economista noé smith escreveu.", "The economist Noah Smith wrote.")).toBe("Noah Smith@14");
    expect(sourceOf("A deep seek lançou um modelo.", "DeepSeek released a model.")).toBe("DeepSeek@0");
  });
  it("finds the English of a name added or translated by the machine", () => {
    expect(sourceOf("A empresa lançou o DeepSeek R1 Pro ontem.", "The company released o1 Pro yesterday.")).toBe("o1 Pro@21");
    expect(sourceOf("O livro ia difícil foi lançado.", "The book Hard AI was released.")).toBe("Hard AI@9");
  });
  it("finds a person the English names by surname only", () => {
    expect(sourceOf("O sam altmann disse isso.", "Altman said so.")).toBe("Altman@0");
  });
  it("is null for other families and for names the English lacks", () => {
    expect(englishSource({ family: "casing", text: "noé", message: "x", suggestion: "Noé" }, "Noé")).toBeNull();
    expect(englishSource({ family: "entity", text: "sam altmann", message: 'The term list writes this "Sam Altman".', suggestion: "Sam Altman" }, "He said so.")).toBeNull();
    expect(englishSource({ family: "entity", text: "noé smith", message: "m", suggestion: "Noah Smith" }, "")).toBeNull();
  });
  it("does not take a longer word for the name", () => {
    expect(englishSource({ family: "entity", text: "o3", message: "m", suggestion: "o3" }, "o300 and then o3")).toEqual({ start: 14, end: 16, text: "o3" });
  });
  it("takes the English's own case when it has the name in no other", () => {
    expect(englishSource({ family: "entity", text: "deepseek", message: "m", suggestion: "DeepSeek" }, "deepseek, then DEEPSEEK")).toEqual({ start: 0, end: 8, text: "deepseek" });
    expect(englishSource({ family: "entity", text: "noé", message: "m", suggestion: "Noé" }, "the NOÉ and Noé")).toEqual({ start: 12, end: 15, text: "Noé" });
  });
  it("does not take a name inside a word of accented or non-Latin letters", () => {
    expect(englishSource({ family: "entity", text: "altman", message: "m", suggestion: "Altman" }, "Altmané wrote; Altman")).toEqual({ start: 15, end: 21, text: "Altman" });
    expect(englishSource({ family: "entity", text: "altman", message: "m", suggestion: "Altman" }, "𝐀Altman")).toBeNull();
    expect(englishSource({ family: "entity", text: "altman", message: "m", suggestion: "Altman" }, "ΑAltman and altman_x")).toBeNull();
  });
  it("reads a name with pattern characters as plain text", () => {
    expect(englishSource({ family: "entity", text: "c++", message: "m", suggestion: "C++ (v2)" }, "CXX (v2) and C++ (v2)")).toEqual({ start: 13, end: 21, text: "C++ (v2)" });
  });
});
