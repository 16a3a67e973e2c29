/**
 * Pair a Portuguese page's blocks with its English page's by element path, and set aside what the
 * Portuguese never translated: gettext-built help (GIMP, Sphinx) falls back to the English
 * message, so an untranslated paragraph sits in the "Portuguese" page word for word.
 */
import type { DevBlock, DevEnOnlyBlock, DevEnPart, ExtractedBlock } from "../src/dev/types.ts";
import { countWords } from "../src/word-count.ts";
import { pairAcrossGaps } from "./pair-gaps.ts";
import { pairRuns } from "./pair-runs.ts";
import { pairEntries } from "./pair-entries.ts";
import { pairAcrossKinds } from "./pair-kinds.ts";
import { pairSlots } from "./pair-slots.ts";
import { entryNames, pathContradicted } from "./path-contradicted.ts";

// Function words only, written for this filter: enough to tell an English paragraph from a
// Portuguese one. Words both languages spell alike ("a", "do", "no", "se") are in neither list.
const ENGLISH = new Set("the and of to is are with for this that you your be by can it in on from which will or an not if when these those has have was were its than then there into how what".split(" "));
const PORTUGUESE = new Set("de o os que e um uma para com não é da das dos na nas em por ao aos pode ou mais como você são está este esta isso isto pelo pela".split(" "));

/** True when a block reads as English: its function words are English ones, and there are enough of them. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return false;
  let en = 0;
  let pt = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) en++;
    else if (PORTUGUESE.has(w)) pt++;
  }
  return en / words.length >= 0.12 && en > 2 * pt;
}

export interface PairedBlocks {
  blocks: DevBlock[];
  enOnly: DevEnOnlyBlock[];
  /** Words of Portuguese-page blocks left out as untranslated English. */
  untranslatedWords: number;
}

/**
 * `blocks` keeps the Portuguese page's order; a block whose path the English page has gets that
 * English. A prose block that is the English (equal to it, or English by its function words) is
 * the untranslated fallback and moves to `enOnly`. Code is kept as it is: it is the same in both.
 * Then the blocks a shifted path left without English are paired across the gaps (pair-gaps.ts).
 * Which blocks are kept depends on the path alone, so the documents and their words (and with
 * them the tuning/test split) do not depend on the gap pairing.
 */
export function pairBlocks(pt: readonly ExtractedBlock[], en: readonly ExtractedBlock[] | undefined): PairedBlocks {
  const enByPath = new Map<string, number>();
  en?.forEach((block, at) => { if (!enByPath.has(block.path)) enByPath.set(block.path, at); });
  // A path pair of two entries of different names is another entry, one off (path-contradicted.ts).
  const ptNames = entryNames(pt);
  const enNames = entryNames(en ?? []);
  const dropped = new Set<number>();
  const used = new Set<number>();
  const kept: ExtractedBlock[] = [];
  const partner: (number | undefined)[] = [];
  let untranslatedWords = 0;
  for (const block of pt) {
    const at = enByPath.get(block.path);
    const prose = block.kind !== "code";
    const fallback = prose && countWords(block.text) >= 3 && ((at !== undefined && en![at]!.text === block.text) || looksEnglish(block.text));
    if (fallback) { untranslatedWords += countWords(block.text); continue; }
    kept.push(block);
    if (at !== undefined && !used.has(at) && pathContradicted(block, en![at]!, ptNames, enNames)) dropped.add(kept.length - 1);
    if (at !== undefined && !used.has(at) && !dropped.has(kept.length - 1)) { used.add(at); partner.push(at); } else partner.push(undefined);
  }
  const paired = en ? pairAcrossGaps(kept, en, partner) : partner;
  // A block whose English is several blocks (pair-runs.ts) gets them all, joined as the page joins blocks.
  const extra = en ? pairRuns(kept, en, paired) : kept.map(() => []);
  // Then evidence across prose kinds (pair-kinds.ts), list entries by their name (pair-entries.ts),
  // and last, a block still unpaired in a slot between two sound pairs gets the English in its place
  // (pair-slots.ts). Each rule sees the pairs of the ones before it.
  const runsTook = new Set(extra.flat());
  const none = kept.map((): number | undefined => undefined);
  const otherKind = en ? pairAcrossKinds(kept, en, paired, runsTook) : none;
  const afterKinds = paired.map((j, i) => j ?? otherKind[i]);
  const entry = en ? pairEntries(kept, en, afterKinds, runsTook) : none;
  const afterEntries = afterKinds.map((j, i) => j ?? entry[i]);
  const slot = en ? pairSlots(kept, en, afterEntries, runsTook) : none;
  const pairedBy = (i: number) =>
    otherKind[i] !== undefined ? { pairedBy: "other-kind" as const } : entry[i] !== undefined ? { pairedBy: "entry-name" as const } : slot[i] !== undefined ? { pairedBy: "slot" as const } : {};
  const blocks: DevBlock[] = kept.map((block, i) => {
    const at = afterEntries[i] ?? slot[i];
    const more = extra[i]!;
    const base = { path: block.path, kind: block.kind, pt: block.text, ...(dropped.has(i) ? { pathDropped: true as const } : {}) };
    if (more.length) {
      const parts: DevEnPart[] = [...(at === undefined ? [] : [at]), ...more].sort((a, b) => a - b).map((j) => ({
        path: en![j]!.path, kind: en![j]!.kind, en: en![j]!.text, enAt: j, ...(partner[i] === j ? {} : { acrossGap: true as const }),
      }));
      return { ...base, en: parts.map((p) => p.en).join("\n\n"), enAt: parts[0]!.enAt, ...(partner[i] === at && at !== undefined ? {} : { acrossGap: true as const }), enParts: parts };
    }
    return at === undefined
      ? base
      : partner[i] === at
        ? { ...base, en: en![at]!.text, enAt: at }
        : { ...base, en: en![at]!.text, enAt: at, acrossGap: true, ...pairedBy(i) };
  });
  const taken = new Set([...afterEntries, ...slot, ...extra.flat()].filter((at): at is number => at !== undefined));
  const enOnly: DevEnOnlyBlock[] = [];
  en?.forEach((block, at) => { if (!taken.has(at)) enOnly.push({ path: block.path, kind: block.kind, en: block.text, enAt: at }); });
  return { blocks, enOnly, untranslatedWords };
}
