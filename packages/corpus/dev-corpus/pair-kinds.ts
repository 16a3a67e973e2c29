/**
 * Counterparts of another kind of prose block. A newer English page turned a paragraph into a list
 * item or a definition (scilab axes_properties: "Para um eixo, Locations e Labels vetores devem ter
 * o mesmo número de componentes." is a paragraph, "For an axis, Locations and Labels vectors must
 * have the same number of components." a list item), so the evidence of pair-gaps.ts, which asks
 * for the same kind, leaves both unpaired. Here, in each gap left after the other rules, the same
 * alignment in order by the same evidence (counterpartScore) is made with the prose kinds taken as
 * one, and only pairs whose evidence is at least MIN_SHARED kept tokens, or the same text, are
 * kept: a paragraph's one shared name says less about a list item than about a paragraph.
 * Headings, terms and code keep their kind (a heading is no list item, whatever it shares).
 * What is paired here is marked `pairedBy: "other-kind"` (and `acrossGap`: no alignment gold).
 */
import type { BlockKind, ExtractedBlock } from "../src/dev/types.ts";
import { counterpartScore, likeness, type Likeness } from "./block-likeness.ts";
import { bestInOrder, gapsBetweenPairs } from "./pair-gaps.ts";

const PROSE = new Set<BlockKind>(["paragraph", "list-item", "definition", "table-cell", "caption"]);
/** Kept tokens both blocks must share (a single one is often the page's subject, in every block). */
const MIN_SHARED = 2;
const MAX_GAP_CELLS = 400_000;

/** Evidence between two prose blocks of different kinds (0 when none, or when the kinds are the same: pair-gaps.ts decided those). */
export function otherKindScore(p: Likeness, e: Likeness): number {
  if (p.kind === e.kind || !PROSE.has(p.kind) || !PROSE.has(e.kind)) return 0;
  const s = counterpartScore({ ...p, kind: "paragraph" }, { ...e, kind: "paragraph" });
  if (!s) return 0;
  if (p.text === e.text) return s;
  let kept = 0;
  for (const t of p.kept) if (e.kept.has(t)) kept++;
  return kept >= MIN_SHARED ? s : 0;
}

/**
 * `paired[i]`: the English block Portuguese block `i` has; `taken`: English blocks given otherwise.
 * Returns, for each Portuguese block, the English block of another kind this rule pairs it with.
 */
export function pairAcrossKinds(pt: readonly ExtractedBlock[], en: readonly ExtractedBlock[], paired: readonly (number | undefined)[], taken: ReadonlySet<number>): (number | undefined)[] {
  const out: (number | undefined)[] = pt.map(() => undefined);
  const used = new Set([...taken, ...paired.filter((j): j is number => j !== undefined)]);
  for (const gap of gapsBetweenPairs(paired, pt.length, en.length, used)) {
    const ps = gap.ps.filter((i) => PROSE.has(pt[i]!.kind));
    const es = gap.es.filter((j) => PROSE.has(en[j]!.kind));
    if (!ps.length || !es.length || ps.length * es.length > MAX_GAP_CELLS) continue;
    const pl = ps.map((i) => likeness(pt[i]!.kind, pt[i]!.text));
    const el = es.map((j) => likeness(en[j]!.kind, en[j]!.text));
    // The best-scoring alignment in order (as pair-gaps.ts step 1).
    for (const [a, b] of bestInOrder(ps.length, es.length, (a, b) => otherKindScore(pl[a]!, el[b]!))) out[ps[a]!] = es[b]!;
  }
  return out;
}
