/**
 * The development corpus (issue 12): real human translations of software documentation, built
 * into the cache by `pnpm --filter @alinha/corpus dev-corpus`. Read-only from here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { countWords } from "../word-count.ts";
import { devCorpusDir } from "./cache-dir.ts";
import type { DevDocument, DevEnOnlyBlock, DevHalf, DevIndexEntry, DevVariant } from "./types.ts";

export { devCorpusDir } from "./cache-dir.ts";
export type * from "./types.ts";
export { countWords } from "../word-count.ts";
export { paragraphGold, flattenedEnglish, type ParagraphGold, type GoldLink } from "./paragraph-gold.ts";

/** The cache has not been built (or was built by an older builder): says what to run. */
export class DevCorpusMissingError extends Error {
  constructor(detail: string) {
    super(
      `The development corpus is not in ${devCorpusDir()} (${detail}). ` +
        "Build it with `pnpm --filter @alinha/corpus dev-corpus` (needs apt-get and dpkg-deb, about 200 MB of downloads once).",
    );
    this.name = "DevCorpusMissingError";
  }
}

export interface DevCorpusQuery {
  half?: DevHalf;
  variant?: DevVariant;
  /** Only these sources (the Portuguese package names, e.g. `gimp-help-pt-br`). */
  sources?: readonly string[];
}

/** The index of the built corpus: every document's id, source, variant, half and word counts. */
export function listDevCorpus(query: DevCorpusQuery = {}): DevIndexEntry[] {
  const path = join(devCorpusDir(), "index.json");
  if (!existsSync(path)) throw new DevCorpusMissingError("no index.json");
  const { documents } = JSON.parse(readFileSync(path, "utf8")) as { documents: DevIndexEntry[] };
  return documents.filter((d) =>
    (!query.half || d.half === query.half) &&
    (!query.variant || d.variant === query.variant) &&
    (!query.sources || query.sources.includes(d.source)));
}

/** The documents of the corpus (all, or one half / variant / source), in a stable order (by id). */
export function loadDevCorpus(query: DevCorpusQuery = {}): DevDocument[] {
  const docs = join(devCorpusDir(), "docs");
  return listDevCorpus(query)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => {
      const path = join(docs, entry.file);
      if (!existsSync(path)) throw new DevCorpusMissingError(`index.json names ${entry.file}, which is missing`);
      return JSON.parse(readFileSync(path, "utf8")) as DevDocument;
    });
}

/** Share of the Portuguese words that sit in a block with an English partner (0 without English). */
export function pairedShare(doc: DevDocument): number {
  let paired = 0;
  let all = 0;
  for (const b of doc.blocks) {
    const n = countWords(b.pt);
    all += n;
    if (b.en !== undefined) paired += n;
  }
  return all ? paired / all : 0;
}

/** The Portuguese as the pipeline takes it: blocks in order, joined by blank lines. */
export function documentPt(doc: DevDocument): string {
  return doc.blocks.map((b) => b.pt).join("\n\n");
}

/**
 * The English as the pipeline takes it: every English block (paired or not) in the English
 * page's order, joined by blank lines; undefined when the document has no English.
 * `pairedOnly`: only the English of blocks the Portuguese has, so the untranslated paragraphs
 * the builder removed from the Portuguese do not read as omissions (what the checks benches use).
 * `besideUnpaired` (with `pairedOnly`): also the English-only blocks that sit where the Portuguese
 * has unpaired blocks of its own, between the same two paired blocks (see `besideUnpairedPortuguese`).
 */
export function documentEn(doc: DevDocument, options: { pairedOnly?: boolean; besideUnpaired?: boolean } = {}): string | undefined {
  const beside = options.pairedOnly && options.besideUnpaired ? besideUnpairedPortuguese(doc) : new Set<DevEnOnlyBlock>();
  const blocks = [
    ...doc.blocks.flatMap((b) => (b.en !== undefined && b.enAt !== undefined ? [{ at: b.enAt, en: b.en }] : [])),
    ...doc.enOnly.filter((b) => !options.pairedOnly || beside.has(b)).map((b) => ({ at: b.enAt, en: b.en })),
  ].sort((a, b) => a.at - b.at);
  return blocks.length ? blocks.map((b) => b.en).join("\n\n") : undefined;
}

/**
 * The English-only blocks that stand between the same two paired blocks as Portuguese blocks
 * with no English: both pages have text there, under element paths that differ (a paragraph
 * the English page splits into a list, a note the other version moved into its own element),
 * so the English is the Portuguese's likely counterpart and the aligner should see it. English-only
 * blocks where the Portuguese has nothing unpaired stay out: the untranslated paragraphs the
 * builder removed, or English a newer page added (version drift), which `pairedOnly` leaves out.
 */
export function besideUnpairedPortuguese(doc: DevDocument): Set<DevEnOnlyBlock> {
  // Each stretch of unpaired Portuguese, as the English positions of the paired blocks around it.
  const stretches: { after: number; before: number }[] = [];
  let after = -1;
  let unpaired = false;
  for (const b of doc.blocks) {
    if (b.en !== undefined && b.enAt !== undefined) {
      if (unpaired) stretches.push({ after, before: b.enAt });
      after = b.enAt;
      unpaired = false;
    } else unpaired = true;
  }
  if (unpaired) stretches.push({ after, before: Number.POSITIVE_INFINITY });
  return new Set(doc.enOnly.filter((e) => stretches.some((s) => e.enAt > s.after && e.enAt < s.before)));
}
