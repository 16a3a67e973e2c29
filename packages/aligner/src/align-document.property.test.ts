import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

// These properties are about segmentation and alignment; the checks have their own tests
// (and a crash there must not hide a broken invariant here).
vi.mock("./check/index.ts", () => ({
  checkDocument: (inputs: unknown[]) => ({ pairFlags: inputs.map(() => []), documentFlags: [] }),
  checkPair: () => [],
}));
const { alignDocument } = await import("./align-document.ts");
import { segmentText } from "./segment/index.ts";
import { segmentBitext } from "./segment-bitext.ts";
import { alignSegments } from "./align/index.ts";

/** Text built from sentence-like pieces, odd Unicode, blank lines and CRLF. */
const piece = fc.oneof(
  fc.constantFrom("Sim.", "Dr. Silva chegou.", "o3 é bom!", "Nathan Lambert:", "- item", "2.5 vezes", "…", "\r\n", "\n\n", " ", "“Olá?”", "e\u0301", "😀", "\u00a0", "1. ", "etc. a", "U.S. Army"),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(" "));

describe("alignDocument properties", () => {
  it("puts every sentence of both sides in exactly one pair, in order, with exact offsets", () => {
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), (pt, en) => {
        const result = alignDocument(pt, en);
        // With an English, the repairs the other side did not bear out are refused: the
        // segments are those of the texts segmented without them, and the result says which stood.
        const both = en === undefined ? undefined : segmentBitext(pt, en);
        const ptSegs = (both?.pt ?? segmentText(pt, { lang: "pt" })).segments;
        const enSegs = both?.en.segments ?? [];
        expect(result.repairs).toEqual(both?.pt.repairs ?? segmentText(pt).repairs);
        for (const r of result.repairs) expect(segmentText(pt).repairs).toContainEqual(r);
        const ptRanges = result.pairs.flatMap((p) => p.pt);
        const enRanges = result.pairs.flatMap((p) => p.en);
        expect(ptRanges).toEqual(ptSegs.map((s) => [s.start, s.end]));
        expect(enRanges).toEqual(enSegs.map((s) => [s.start, s.end]));
        for (const p of result.pairs) {
          expect(p.pt.length + p.en.length).toBeGreaterThan(0);
          if (p.pt.length) expect(pt.slice(p.pt[0]![0], p.pt.at(-1)![1])).toBe(p.ptText);
          if (p.en.length && en !== undefined) expect(en.slice(p.en[0]![0], p.en.at(-1)![1])).toBe(p.enText);
          expect(p.confidence).toBeGreaterThanOrEqual(0);
          expect(p.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("aligns words that are also Object.prototype keys", () => {
    const seg = (t: string) => segmentText(t).segments;
    expect(alignSegments(seg("constructor valueOf __proto__."), seg("toString hasOwnProperty."))).toHaveLength(1);
  });

  it("segments rebuild the text with only whitespace between them", () => {
    fc.assert(
      fc.property(text, (t) => {
        let at = 0;
        for (const s of segmentText(t).segments) {
          expect(t.slice(at, s.start)).toMatch(/^\s*$/u);
          expect(s.end).toBeGreaterThan(s.start);
          at = s.end;
        }
        expect(t.slice(at)).toMatch(/^\s*$/u);
      }),
      { numRuns: 500 },
    );
  });
});
