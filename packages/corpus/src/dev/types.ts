/** The shapes of the development corpus that `dev-corpus/build.ts` writes into the cache. */

export type DevVariant = "pt-BR" | "pt-PT";
export type DevHalf = "tune" | "test";

/**
 * What a block is in its source document. `code` is literal text (a `pre`, a program listing):
 * kept because real documents have it between the prose, but no check should read it as prose.
 */
export type BlockKind = "heading" | "paragraph" | "list-item" | "term" | "definition" | "table-cell" | "caption" | "code";

/** One paragraph-level element as the reader sees it: tags stripped, inline code kept, whitespace normalised. */
export interface ExtractedBlock {
  /** Element path in the source document (`body/div[2]/p[3]`); the same path in both languages is the same block. */
  path: string;
  kind: BlockKind;
  text: string;
}

/** A Portuguese block, with its English when the English document has a block at the same path. */
export interface DevBlock {
  path: string;
  kind: BlockKind;
  pt: string;
  en?: string;
  /** Position of the English block in the English document's block order (for the paragraph gold). */
  enAt?: number;
  /**
   * True when the English was found across a shifted path by its content (pair-gaps.ts), not at
   * the same element path. Such English is given to the checks, but it is no alignment gold: the
   * gold of issue 13 comes from the documents' structure alone.
   */
  acrossGap?: true;
  /**
   * How a session-7 rule found the English, always with `acrossGap` (so no alignment gold either),
   * set so such pairs can be counted and read: `slot`, by place alone (pair-slots.ts: the one block,
   * or k blocks in order, left on each side between two sound pairs, nothing kept disagreeing);
   * `other-kind`, by shared kept tokens with a prose block of another kind (pair-kinds.ts: a
   * paragraph the newer English made a list item); `entry-name`, a list entry "name — description"
   * with the English entry of the same name (pair-entries.ts).
   */
  pairedBy?: "slot" | "other-kind" | "entry-name";
  /**
   * True when the English block at this block's element path is another entry of a list
   * (path-contradicted.ts: "pinkcolormap — …" at the path of "parulacolormap — …", the newer page
   * having added an entry): that path pair was dropped, and the English, if any, is the one the
   * rules after the path found (so `acrossGap` is set too, and the dropped link is no gold).
   */
  pathDropped?: true;
  /**
   * Set when the block's English is several English blocks (pair-runs.ts: a newer English split
   * what the Portuguese says in one block): each of them, in the English page's order. `en` is
   * their texts joined by a blank line and `enAt` the first one's position. The part the element
   * path gave, if any, is the one without `acrossGap`: it alone is alignment gold.
   */
  enParts?: DevEnPart[];
}

/** One of the English blocks of a block whose English is several. */
export interface DevEnPart {
  path: string;
  kind: BlockKind;
  en: string;
  enAt: number;
  acrossGap?: true;
}

/** An English block the Portuguese has no counterpart for (not translated, or a structure that differs). */
export interface DevEnOnlyBlock {
  path: string;
  kind: BlockKind;
  en: string;
  enAt: number;
}

export interface DevDocument {
  /** Stable across builds: `<source>/<file name without extension>`. */
  id: string;
  source: string;
  package: string;
  version: string;
  /** The licence named in the Portuguese package's copyright file. */
  licence: string;
  variant: DevVariant;
  half: DevHalf;
  /** The package the English came from, when there is one. */
  enPackage?: string;
  blocks: DevBlock[];
  enOnly: DevEnOnlyBlock[];
  /** Words of the Portuguese blocks (countWords). */
  words: number;
}

/** One line of the cache's index: enough to choose documents without reading them all. */
export interface DevIndexEntry {
  id: string;
  source: string;
  variant: DevVariant;
  half: DevHalf;
  words: number;
  enWords: number;
  /** File of the document, relative to the cache's `docs/` folder. */
  file: string;
}
