import { describe, expect, it, vi } from "vitest";
import type { CheckInput, Flag } from "./types.ts";

// The checks are another module's work; here only the offset bookkeeping is under test, so a
// stand-in flags the first word of every pair, relative to the pair's text as the contract says.
vi.mock("./check/index.ts", () => ({
  checkDocument: (inputs: CheckInput[]) => ({
    pairFlags: inputs.map((i): Flag[] => {
      const m = /\p{L}+/u.exec(i.pt);
      return m ? [{ code: "test.first-word", family: "casing", severity: "info", start: m.index, end: m.index + m[0].length, text: m[0], message: "first word" }] : [];
    }),
    documentFlags: [],
  }),
  checkPair: () => [],
}));

const { alignDocument, checkInputs } = await import("./align-document.ts");

describe("alignDocument", () => {
  const pt = "Título\n\nA OpenAI lançou o o3. Custa 20 dólares.\n\nFim da história";
  const en = "Title\n\nOpenAI launched o3. It costs 20 dollars.\n\nEnd of story";

  it("shifts flag offsets from the pair's text to the Portuguese file", () => {
    const r = alignDocument(pt, en);
    for (const p of r.pairs) {
      for (const f of p.flags) expect(pt.slice(f.start, f.end)).toBe(f.text);
    }
    expect(r.pairs.flatMap((p) => p.flags.map((f) => f.text))).toEqual(["Título", "A", "Custa", "Fim"]);
  });

  it("gives each pair the exact slice of both files", () => {
    const r = alignDocument(pt, en);
    expect(r.pt.length).toBe(pt.length);
    expect(r.en?.length).toBe(en.length);
    for (const p of r.pairs) {
      expect(p.pt.map(([s, e]) => pt.slice(s, e)).join(" ")).toBe(p.ptText);
      expect(p.en.map(([s, e]) => en.slice(s, e)).join(" ")).toBe(p.enText);
    }
  });

  it("passes neighbours to the checks and leaves out English when there is none", () => {
    const r = alignDocument(pt);
    expect(r.en).toBeUndefined();
    expect(r.pairs.map((p) => p.type)).toEqual(["1-0", "1-0", "1-0", "1-0"]);
  });

  it("tells the checks what lies between one pair's Portuguese and the next's", () => {
    // The segmenter splits at a stop glued to the next sentence's capital; only the empty gap shows it was glued.
    // (Glued to a lower-case word, in cased text, it is a name's stop: "sources.list", see sentence-rules.ts.)
    const text = "Os custos aumentam.Amodei acredita nisso. Eu também.\n\nFim.";
    const r = alignDocument(text);
    const inputs = checkInputs(r.pairs, false, text);
    expect(inputs.map((i) => [i.pt, i.gapBefore])).toEqual([
      ["Os custos aumentam.", undefined], ["Amodei acredita nisso.", ""], ["Eu também.", " "], ["Fim.", "\n\n"],
    ]);
    // Without the file's text there is nothing to slice: the gap stays unknown.
    expect(checkInputs(r.pairs, false).some((i) => i.gapBefore !== undefined)).toBe(false);
  });

  it("records page-break repairs of the Portuguese", () => {
    const r = alignDocument("A velocidade é rápida o suficiente para acompanhar minha linha\n\nde raciocínio.");
    expect(r.repairs).toHaveLength(1);
    expect(r.pairs).toHaveLength(1);
  });
});
