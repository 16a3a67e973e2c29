import { describe, expect, it } from "vitest";
import type { Pair } from "../../api/types.ts";
import { findConcordance } from "./findConcordance.ts";

function pair(index: number, enText: string, ptText: string): Pair {
  return { id: `p${index}`, documentId: "d", index, type: "1-1", ptText, ptOriginal: ptText, enText, confidence: 1, status: "new", version: 1, paragraph: 0, flags: [], updatedAt: "", commentCount: 0 };
}

/** Each hit as "index: en [marks] | pt [marks]". */
function render(hits: ReturnType<typeof findConcordance>["hits"]): string[] {
  const mark = (text: string, ranges: { start: number; end: number }[]) =>
    ranges.reduceRight((t, r) => `${t.slice(0, r.start)}[${t.slice(r.start, r.end)}]${t.slice(r.end)}`, text);
  return hits.map((h) => `${h.pair.index}: ${mark(h.pair.enText, h.en)} | ${mark(h.pair.ptText, h.pt)}`);
}

const PAIRS = [
  pair(0, "Scaling laws hold.", "As leis de escala valem."),
  pair(1, "The scaling laws again.", "As Leis de Escala de novo."),
  pair(2, "Action and reaction.", "Ação e reação."),
];

describe("findConcordance", () => {
  it("finds a phrase in either language and marks it on both sides", () => {
    expect(render(findConcordance(PAIRS, "leis de escala").hits)).toEqual(["0: Scaling laws hold. | As [leis de escala] valem.", "1: The scaling laws again. | As [Leis de Escala] de novo."]);
    expect(render(findConcordance(PAIRS, "scaling").hits)).toEqual(["0: [Scaling] laws hold. | As leis de escala valem.", "1: The [scaling] laws again. | As Leis de Escala de novo."]);
  });
  it("ignores accents and leaves out the pair it was asked from", () => {
    expect(render(findConcordance(PAIRS, "acao").hits)).toEqual(["2: Action and reaction. | [Ação] e re[ação]."]);
    expect(findConcordance(PAIRS, "leis", "p0").total).toBe(1);
  });
  it("answers nothing for a query of one letter", () => {
    expect(findConcordance(PAIRS, "a").total).toBe(0);
  });
});
