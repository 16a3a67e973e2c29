import { describe, expect, it } from "vitest";
import { titleFromFileName } from "./titleFromFileName.ts";

describe("titleFromFileName", () => {
  it.each([
    ["report.pt.txt", "report"],
    ["report.pt", "report"],
    ["Relatório anual_pt-BR.txt", "Relatório anual"],
    ["essay-en.md", "essay"],
    ["notes.txt", "notes"],
    // Near misses: a name that only ends in the letters, or is nothing but a tag.
    ["script.txt", "script"],
    ["pt.txt", "pt"],
  ])("%s → %s", (name, title) => {
    expect(titleFromFileName(name)).toBe(title);
  });
});
