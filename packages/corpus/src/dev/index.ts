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
 * the builder removed from the Portuguese do not read as omissions (the English the injected-recall
 * bench and flags-snapshot give the checks; the precision bench uses `pageEnglish`, see its
 * `pageEnglishFor`).
 */
export function documentEn(doc: DevDocument, options: { pairedOnly?: boolean } = {}): string | undefined {
  return pageEnglish(doc, options)?.text;
}

/** A stretch of the English text: the offsets of one block in it. */
export interface TextSpan { start: number; end: number }

/**
 * The English page as `documentEn` joins it, with where each English block the corpus could not
 * pair with a Portuguese block sits in it (`unpaired`, in order): English the Portuguese page has
 * under another element path, English a newer page added, or a paragraph the Portuguese page left
 * in English (which the builder removed from the Portuguese). The checks benches give the checks
 * the whole page, so a Portuguese sentence whose English sits in such a block finds it, and
 * report apart what is flagged on the unpaired English alone (the corpus cannot tell which of
 * the three it is). `pairedOnly` leaves those blocks out (`unpaired` is then empty); `keep` keeps
 * only the unpaired blocks it accepts.
 */
export function pageEnglish(doc: DevDocument, options: { pairedOnly?: boolean; keep?: (block: DevEnOnlyBlock) => boolean } = {}): { text: string; unpaired: TextSpan[] } | undefined {
  const blocks = [
    ...doc.blocks.flatMap((b) => (b.en !== undefined && b.enAt !== undefined ? [{ at: b.enAt, en: b.en, paired: true }] : [])),
    ...(options.pairedOnly ? [] : doc.enOnly.filter((b) => options.keep?.(b) ?? true).map((b) => ({ at: b.enAt, en: b.en, paired: false }))),
  ].sort((a, b) => a.at - b.at);
  if (!blocks.length) return undefined;
  const unpaired: TextSpan[] = [];
  let at = 0;
  for (const b of blocks) {
    if (!b.paired) unpaired.push({ start: at, end: at + b.en.length });
    at += b.en.length + BLOCK_SEPARATOR.length;
  }
  return { text: blocks.map((b) => b.en).join(BLOCK_SEPARATOR), unpaired };
}
const BLOCK_SEPARATOR = "\n\n";
