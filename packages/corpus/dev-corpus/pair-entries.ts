/**
 * Entries of a reference list known by their name. Scilab's "See also" lists and its lists of
 * functions are entries "name — description" ("calerf — computa funções de erro" ⇄ "calerf —
 * computes error functions."): the name is an identifier no translation touches, but a short one
 * in lower case ("calerf", "sparse", "syslin") is no kept token for block-likeness.ts, so where a
 * newer English added or dropped an entry the rest of the list stays unpaired. Here, in each gap
 * left after the other rules, an unpaired entry goes with the unpaired English entry of the same
 * name when each side has exactly one entry of that name in the gap, the pairs are in order, and
 * the descriptions' lengths are plausible. Marked `pairedBy: "entry-name"` (and `acrossGap`).
 */
import type { ExtractedBlock } from "../src/dev/types.ts";
import { plausibleLengths } from "./block-likeness.ts";
import { gapsBetweenPairs, inOrder } from "./pair-gaps.ts";

/** The name an entry gives ("calerf" for "calerf — computa funções de erro"); undefined for prose. */
export function entryName(text: string): string | undefined {
  const m = /^(\S{1,48}) [—–] \S/u.exec(text.replace(/\s+/gu, " ").trim());
  return m && /[\p{L}\d]/u.test(m[1]!) ? m[1] : undefined;
}

/**
 * `paired[i]`: the English block Portuguese block `i` has; `taken`: English blocks given otherwise.
 * Returns, for each Portuguese block, the English entry of the same name this rule pairs it with.
 */
export function pairEntries(pt: readonly ExtractedBlock[], en: readonly ExtractedBlock[], paired: readonly (number | undefined)[], taken: ReadonlySet<number>): (number | undefined)[] {
  const out: (number | undefined)[] = pt.map(() => undefined);
  const used = new Set([...taken, ...paired.filter((j): j is number => j !== undefined)]);
  for (const { ps, es } of gapsBetweenPairs(paired, pt.length, en.length, used)) {
    const byName = (blocks: readonly ExtractedBlock[], at: readonly number[]) => {
      const names = new Map<string, number[]>();
      for (const n of at) {
        const b = blocks[n]!;
        const name = b.kind !== "code" ? entryName(b.text) : undefined;
        if (name !== undefined) names.set(name, [...(names.get(name) ?? []), n]);
      }
      return names;
    };
    const ptNames = byName(pt, ps);
    const enNames = byName(en, es);
    const pairs: [number, number][] = [];
    for (const [name, is] of ptNames) {
      const js = enNames.get(name);
      if (is.length !== 1 || js?.length !== 1) continue;
      const p = pt[is[0]!]!;
      const e = en[js[0]!]!;
      if (p.kind === e.kind && plausibleLengths(p.text.length, e.text.length)) pairs.push([is[0]!, js[0]!]);
    }
    // In order on both sides, or only the longest run that is.
    for (const [i, j] of inOrder(pairs.sort((a, b) => a[0] - b[0]))) out[i] = j;
  }
  return out;
}
