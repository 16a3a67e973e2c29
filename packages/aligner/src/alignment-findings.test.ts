import { describe, expect, it, vi } from "vitest";
import { getDocument } from "@alinha/corpus";

vi.mock("./check/index.ts", () => ({
  checkDocument: (inputs: unknown[]) => ({ pairFlags: inputs.map(() => []), documentFlags: [] }),
  checkPair: () => [],
}));
const { alignDocument } = await import("./align-document.ts");

const doc = getDocument("amodei-ai-unicorn");
const paragraphs = (t: string) => t.split(/\n\s*\n/u);
const codes = (pt: string, en: string) => (alignDocument(pt, en, { speakers: doc.meta.speakers }).findings ?? []).map((f) => f.code);

describe("document-level alignment findings", () => {
  it("says nothing about a faithful translation", () => {
    expect(codes(doc.pt, doc.en!)).toEqual([]);
  });

  it("reports that the Portuguese covers only half the English", () => {
    const ptParas = paragraphs(doc.pt);
    const half = ptParas.slice(0, Math.floor(ptParas.length / 2)).join("\n\n");
    const result = alignDocument(half, doc.en!, { speakers: doc.meta.speakers });
    const englishOnly = (result.findings ?? []).filter((f) => f.code === "alignment.english-only");
    expect(englishOnly[0]?.message).toMatch(/English sentences in a row/);
    const covered = englishOnly.reduce((n, f) => n + f.en![1] - f.en![0], 0);
    expect(covered).toBeGreaterThan(doc.en!.length * 0.4);
    expect(englishOnly.at(-1)!.en![1]).toBeGreaterThan(doc.en!.length * 0.99);
  });

  it("reports swapped halves as a moved block, not only as two one-sided stretches", () => {
    const en = paragraphs(doc.en!);
    const cut = Math.floor(en.length / 2);
    const swapped = [...en.slice(cut), ...en.slice(0, cut)].join("\n\n");
    expect(codes(doc.pt, swapped)).toContain("alignment.moved-block");
  });

  it("reports an English that is not this text's original", () => {
    const other = getDocument("ai-attention-war").en!;
    expect(codes(doc.pt, other)).toEqual(["alignment.unrelated-english"]);
  });
});
