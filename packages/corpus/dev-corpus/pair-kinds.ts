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
import { inOrder } from "./pair-gaps.ts";

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
  const bounds: [number, number][] = [[-1, -1], ...inOrder(paired.flatMap((j, i) => (j === undefined ? [] : [[i, j] as [number, number]]))), [pt.length, en.length]];
  for (let k = 1; k < bounds.length; k++) {
    const [i0, j0] = bounds[k - 1]!;
    const [i1, j1] = bounds[k]!;
    const ps: number[] = [];
    const es: number[] = [];
    for (let i = i0 + 1; i < i1; i++) if (paired[i] === undefined && PROSE.has(pt[i]!.kind)) ps.push(i);
    for (let j = j0 + 1; j < j1; j++) if (!used.has(j) && PROSE.has(en[j]!.kind)) es.push(j);
    if (!ps.length || !es.length || ps.length * es.length > MAX_GAP_CELLS) continue;
    const pl = ps.map((i) => likeness(pt[i]!.kind, pt[i]!.text));
    const el = es.map((j) => likeness(en[j]!.kind, en[j]!.text));
    // The best-scoring alignment in order (as pair-gaps.ts step 1).
    const w = es.length + 1;
    const best = new Float64Array((ps.length + 1) * w);
    const score = new Float64Array((ps.length + 1) * w);
    for (let a = 1; a <= ps.length; a++) {
      for (let b = 1; b <= es.length; b++) {
        const s = otherKindScore(pl[a - 1]!, el[b - 1]!);
        score[a * w + b] = s;
        best[a * w + b] = Math.max(best[(a - 1) * w + b]!, best[a * w + b - 1]!, s > 0 ? best[(a - 1) * w + b - 1]! + s : 0);
      }
    }
    for (let a = ps.length, b = es.length; a > 0 && b > 0;) {
      const here = best[a * w + b]!;
      const s = score[a * w + b]!;
      if (s > 0 && here === best[(a - 1) * w + b - 1]! + s) { out[ps[a - 1]!] = es[b - 1]!; a--; b--; }
      else if (here === best[(a - 1) * w + b]!) a--;
      else b--;
    }
  }
  return out;
}
