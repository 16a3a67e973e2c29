import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MISSING, SpanTable } from "./span-table.ts";

describe("SpanTable", () => {
  it("finds a word by any span that spells it", () => {
    const t = new SpanTable();
    t.add("o modelo novo", 2, 8, 7);
    expect(t.get("modelo", 0, 6)).toBe(7);
    expect(t.get("um modelo.", 3, 9)).toBe(7);
    expect(t.get("modelos", 0, 7)).toBe(MISSING);
    expect(t.get("model", 0, 5)).toBe(MISSING);
  });

  it("agrees with a Map over many words, through its growth", () => {
    const words = fc.array(fc.string({ unit: fc.constantFrom(..."abcçãé’-1".split("")), maxLength: 6 }), { maxLength: 3000 });
    fc.assert(fc.property(words, (ws) => {
      const t = new SpanTable();
      const m = new Map<string, number>();
      for (const w of ws) {
        const text = `(${w})`;
        const got = t.get(text, 1, text.length - 1);
        expect(got).toBe(m.get(w) ?? MISSING);
        if (got === MISSING) {
          t.add(text, 1, text.length - 1, m.size - 1);
          m.set(w, m.size - 1);
        }
      }
      expect(t.size).toBe(m.size);
    }), { numRuns: 50 });
  });
});
