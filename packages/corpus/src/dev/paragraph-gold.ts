/**
 * Paragraph gold for an alignment benchmark (issue 13): which Portuguese block is which English
 * block, known from the documents' structure (the same element path in both pages), never from
 * the aligner under test. Blocks the corpus builder paired across a shifted path by their content
 * (`acrossGap`) are left out of the links: content likeness is a judgement, not structure, and the
 * gold must not move when that judgement is tuned. Offsets are into `documentPt(doc)` and
 * `documentEn(doc)` (blocks joined by "\n\n").
 */
import type { BlockKind, DevDocument } from "./types.ts";

export interface GoldBlock { kind: BlockKind; path: string; start: number; end: number }

/** Portuguese block `pt` is the translation of English block `en` (indices into the gold's block lists). */
export interface GoldLink { pt: number; en: number }

export interface ParagraphGold {
  /** The Portuguese blocks with their spans in `documentPt(doc)`. */
  pt: GoldBlock[];
  /** The English blocks (paired and English-only, in the English page's order) with their spans in `documentEn(doc)`. */
  en: GoldBlock[];
  /** One link per paired block; a block in no link is one-sided (untranslated, or a structure that differs). */
  links: GoldLink[];
}

const spans = <T extends { kind: BlockKind; path: string }>(items: T[], text: (t: T) => string): GoldBlock[] => {
  let at = 0;
  return items.map((item) => {
    const start = at;
    at += text(item).length + 2;
    return { kind: item.kind, path: item.path, start, end: start + text(item).length };
  });
};

/** Every English block of the page once, in its order: a block whose English is several gives each of them. */
function englishBlocks(doc: DevDocument): { kind: BlockKind; path: string; en: string; at: number }[] {
  return [
    ...doc.blocks.flatMap((b) =>
      b.enParts
        ? b.enParts.map((p) => ({ kind: p.kind, path: p.path, en: p.en, at: p.enAt }))
        : b.en !== undefined && b.enAt !== undefined ? [{ kind: b.kind, path: b.path, en: b.en, at: b.enAt }] : []),
    ...doc.enOnly.map((b) => ({ kind: b.kind, path: b.path, en: b.en, at: b.enAt })),
  ].sort((a, b) => a.at - b.at);
}

export function paragraphGold(doc: DevDocument): ParagraphGold {
  const enBlocks = englishBlocks(doc);
  const enIndex = new Map(enBlocks.map((b, j) => [b.at, j]));
  const links: GoldLink[] = [];
  doc.blocks.forEach((b, i) => {
    // Of a block whose English is several blocks, only the part the element path gave is gold.
    const at = b.enParts ? (b.acrossGap ? undefined : b.enParts.find((p) => !p.acrossGap)?.enAt) : b.acrossGap ? undefined : b.enAt;
    const j = at === undefined ? undefined : enIndex.get(at);
    if (j !== undefined) links.push({ pt: i, en: j });
  });
  return { pt: spans(doc.blocks, (b) => b.pt), en: spans(enBlocks, (b) => b.en), links };
}

/**
 * The English with its paragraphing flattened: every block on one line, joined by a space, so an
 * aligner cannot lean on paragraph breaks. `blocks[j]` is English block j's span in `text`
 * (same order as `paragraphGold(doc).en`). Undefined when the document has no English.
 */
export function flattenedEnglish(doc: DevDocument): { text: string; blocks: { start: number; end: number }[] } | undefined {
  const gold = paragraphGold(doc);
  if (!gold.en.length) return undefined;
  const enTexts = englishBlocks(doc).map((b) => b.en.replace(/\s*\n\s*/gu, " "));
  const blocks: { start: number; end: number }[] = [];
  let at = 0;
  for (const t of enTexts) {
    blocks.push({ start: at, end: at + t.length });
    at += t.length + 1;
  }
  return { text: enTexts.join(" "), blocks };
}
