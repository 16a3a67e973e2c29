// What a re-alignment keeps of the reviewers' work, decided from the old pairs and the new
// alignment alone (no database): a pure function, so it stays the same whether the re-align
// runs in the request or in a background job.

/** A pair of the document before the re-alignment, in document order. */
export interface OldPair {
  id: string;
  ptText: string;
  enText: string;
  status: string;
  /** Where its Portuguese lies in the text that was re-aligned (the pairs' Portuguese joined); absent without Portuguese. */
  ptStart?: number;
  ptEnd?: number;
}

/** A pair of the new alignment, in document order. */
export interface NewPair {
  ptText: string;
  enText: string;
  /** Its Portuguese ranges into the text that was re-aligned. */
  pt: ReadonlyArray<readonly [number, number]>;
}

export type Carry =
  /** Same Portuguese and English as an old pair: that pair stays, with its status, comments, dismissals and history. */
  | { kind: "kept"; oldId: string; status: string }
  /** The bead changed where reviewers had worked: a new pair, in review, noting what the old ones were. */
  | { kind: "changed"; was: ReadonlyArray<{ id: string; status: string }> }
  /** The bead changed over pairs nobody had reviewed yet. */
  | { kind: "new"; was: ReadonlyArray<{ id: string; status: string }> };

export interface RealignSummary {
  /** New pairs that are an old pair unchanged, status and all. */
  kept: number;
  /** New pairs over old pairs a reviewer had confirmed, approved, rejected or edited: to review again. */
  needsReview: number;
  /** Old approved pairs that did not survive as they were: their Portuguese or English is now in a pair to review. */
  approvedToReview: number;
  /** Pairs of the new alignment in all. */
  total: number;
}

const UNREVIEWED = "new";
const key = (pt: string, en: string) => `${pt}\u0000${en}`;

/**
 * Pairs each new pair with the old one it repeats (same Portuguese and English, in order, so
 * a repeated "Sim." / "Yes." pairs with its own occurrence), and otherwise with the old pairs
 * its Portuguese overlaps. Nothing reviewed is silently reset: a changed pair over reviewed
 * ones is counted in `needsReview`, and an approved pair that did not survive in `approvedToReview`.
 */
export function carryReview(old: readonly OldPair[], fresh: readonly NewPair[]): { carries: Carry[]; summary: RealignSummary } {
  const byText = new Map<string, OldPair[]>();
  for (const p of old) {
    const list = byText.get(key(p.ptText, p.enText));
    if (list) list.push(p);
    else byText.set(key(p.ptText, p.enText), [p]);
  }
  const taken = new Set<string>();
  // Keep the order: an old pair may be taken only after the last one taken, so a repeated
  // sentence cannot pull its status across a moved block.
  const position = new Map(old.map((p, k) => [p.id, k]));
  let lastTaken = -1;
  const kept: Array<OldPair | undefined> = fresh.map((p) => {
    const list = byText.get(key(p.ptText, p.enText));
    const match = list?.find((o) => !taken.has(o.id) && position.get(o.id)! > lastTaken);
    if (!match) return undefined;
    taken.add(match.id);
    lastTaken = position.get(match.id)!;
    return match;
  });

  const withPt = old.filter((p) => p.ptStart !== undefined && p.ptEnd !== undefined && !taken.has(p.id));
  const carries = fresh.map((p, k): Carry => {
    const match = kept[k];
    if (match) return { kind: "kept", oldId: match.id, status: match.status };
    const was = withPt
      .filter((o) => p.pt.some(([s, e]) => s < o.ptEnd! && o.ptStart! < e))
      .map((o) => ({ id: o.id, status: o.status }));
    return was.some((w) => w.status !== UNREVIEWED) ? { kind: "changed", was } : { kind: "new", was };
  });
  return {
    carries,
    summary: {
      kept: carries.filter((c) => c.kind === "kept").length,
      needsReview: carries.filter((c) => c.kind === "changed").length,
      approvedToReview: old.filter((p) => p.status === "approved" && !taken.has(p.id)).length,
      total: fresh.length,
    },
  };
}

/** The note on a changed pair's first edit: what the reviewers had said of the pairs it replaces. */
export function changedNote(was: ReadonlyArray<{ id: string; status: string }>): string {
  const reviewed = was.filter((w) => w.status !== UNREVIEWED);
  return `re-aligned: the bead changed; to review again (was ${reviewed.map((w) => `${w.status} in pair ${w.id}`).join(", ")})`;
}
