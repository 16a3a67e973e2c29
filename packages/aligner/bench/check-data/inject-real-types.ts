import type { BlockKind, DevVariant } from "@alinha/corpus/dev";
import type { Rng } from "./inject-real-text.ts";
import type materialJson from "./inject-real-material.json";

/** The families of artefacts.md that the injector covers (mistranslation and omission need a judge, not an injector). */
export type InjectFamily = "entity" | "casing" | "untranslated" | "foreign" | "variant" | "markup" | "junk" | "repetition" | "broken" | "punctuation" | "number" | "spelling";

/** A change inside one block, in the block's own offsets. */
export interface LocalSpan { family: InjectFamily; kind: string; start: number; end: number; original: string; near: boolean }

/** A block being changed: its Portuguese, its English (when paired) and the English order. */
export interface WorkBlock { kind: BlockKind; pt: string; en?: string; enAt?: number; used: boolean; spans: LocalSpan[] }

export interface WordChecker { correct(word: string): boolean }

export interface Material {
  lists: typeof materialJson;
  /** Hunspell dictionaries of the third languages and of Portuguese (npm dictionary-es, dictionary-it, dictionary-pt). */
  es: WordChecker;
  it: WordChecker;
  pt: WordChecker;
}

export interface OpContext { rng: Rng; variant: DevVariant; material: Material }

/** Tries to make one change in block i (or next to it); false when the block has nothing to change. */
export type Op = (blocks: WorkBlock[], i: number, ctx: OpContext) => boolean;

export interface NamedOp {
  family: InjectFamily;
  kind: string;
  run: Op;
  /** Only the English can show it (a changed number, a respelled name): not made in a document checked without English. */
  needsEnglish?: boolean;
}

const PROSE = new Set<BlockKind>(["paragraph", "list-item", "definition", "table-cell", "caption"]);
export const isProse = (b: WorkBlock, minWords = 6) => PROSE.has(b.kind) && (b.pt.match(/\p{L}+/gu)?.length ?? 0) >= minWords;

/** Replace [start, end) of the block's Portuguese and record the span of the replacement. */
export function editPt(b: WorkBlock, start: number, end: number, replacement: string, family: InjectFamily, kind: string, near: boolean, spanStart = start, spanEnd = start + replacement.length): void {
  const original = b.pt.slice(start, end);
  b.pt = b.pt.slice(0, start) + replacement + b.pt.slice(end);
  b.spans.push({ family, kind, start: spanStart, end: spanEnd, original, near });
}
