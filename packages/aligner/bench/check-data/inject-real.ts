/**
 * Recall protocol of issue 12: MT artefacts and near misses injected into the development
 * corpus's real human translations, seeded and deterministic (a document's changes depend only
 * on the seed and its id). Designed from artefacts.md and the issue, not from the checks: names
 * and numbers come from the documents' own English, Spanish and Italian words from the
 * dictionary-es / dictionary-it Hunspell dictionaries, variant pairs and other lists from
 * inject-real-material.json, written for this injector.
 */
import type { DevDocument, DevVariant } from "@alinha/corpus/dev";
import { ARTEFACT_OPS } from "./inject-real-artefacts.ts";
import { NEAR_MISS_OPS } from "./inject-real-near.ts";
import { rngFor, shuffle } from "./inject-real-text.ts";
import type { InjectFamily, Material, NamedOp, OpContext, WorkBlock } from "./inject-real-types.ts";

export type { InjectFamily, Material } from "./inject-real-types.ts";
export { ARTEFACT_OPS, NEAR_MISS_OPS };

/** One artefact per this many words of a document (at least one): dense enough to count, sparse enough not to touch. */
export const ARTEFACT_WORDS = 150;
/** One near miss per this many words (at least one). */
export const NEAR_MISS_WORDS = 300;

export interface InjectedSpan {
  family: InjectFamily;
  kind: string;
  /** Offsets into the injected Portuguese. */
  start: number;
  end: number;
  text: string;
  /** What was there before (empty for an inserted line). */
  original: string;
  /** A legitimate change that no check should flag. */
  near: boolean;
}

export interface InjectedDocument {
  id: string;
  variant: DevVariant;
  pt: string;
  /** The English as the checks get it (undefined for a document checked without English). */
  en: string | undefined;
  spans: InjectedSpan[];
}

export interface InjectOptions {
  seed: number;
  /** Whether the document is checked with its English (see englishFor in real-pipeline.ts). */
  withEnglish: boolean;
  material: Material;
}

/**
 * Up to `count` changes, taking groups (families for artefacts, kinds for near misses) in a
 * random rotation so every family gets its share; each block takes at most one change.
 */
function inject(blocks: WorkBlock[], ops: NamedOp[], count: number, byFamily: boolean, ctx: OpContext, withEnglish: boolean): void {
  const usable = ops.filter((op) => withEnglish || !op.needsEnglish);
  const groups = [...new Set(usable.map((op) => (byFamily ? op.family : `${op.family}/${op.kind}`)))];
  // An op that found nothing in a block finds nothing there later (a changed block is used up):
  // remembering that keeps a long document's later rounds from rescanning every block.
  const failed = new WeakMap<WorkBlock, Set<NamedOp>>();
  let made = 0;
  for (let round = 0; made < count; round++) {
    let madeThisRound = 0;
    for (const group of shuffle(ctx.rng, groups)) {
      if (made >= count) break;
      const kinds = shuffle(ctx.rng, usable.filter((op) => (byFamily ? op.family : `${op.family}/${op.kind}`) === group));
      const done = kinds.some((op) => shuffle(ctx.rng, blocks.map((_, i) => i)).some((i) => {
        const block = blocks[i]!;
        if (block.used || failed.get(block)?.has(op)) return false;
        if (!op.run(blocks, i, ctx)) {
          failed.set(block, (failed.get(block) ?? new Set()).add(op));
          return false;
        }
        for (const b of blocks) if (b.spans.length) b.used = true;
        return true;
      }));
      if (done) { made++; madeThisRound++; }
    }
    if (!madeThisRound) break;
  }
}

export function injectDocument(doc: DevDocument, options: InjectOptions): InjectedDocument {
  const ctx: OpContext = { rng: rngFor(options.seed, doc.id), variant: doc.variant, material: options.material };
  const blocks: WorkBlock[] = doc.blocks.map((b) => ({
    kind: b.kind, pt: b.pt, used: false, spans: [],
    ...(b.en !== undefined ? { en: b.en } : {}), ...(b.enAt !== undefined ? { enAt: b.enAt } : {}),
  }));
  inject(blocks, ARTEFACT_OPS, Math.max(1, Math.round(doc.words / ARTEFACT_WORDS)), true, ctx, options.withEnglish);
  inject(blocks, NEAR_MISS_OPS, Math.max(1, Math.round(doc.words / NEAR_MISS_WORDS)), false, ctx, options.withEnglish);

  const spans: InjectedSpan[] = [];
  let offset = 0;
  const parts: string[] = [];
  for (const b of blocks) {
    for (const s of b.spans) spans.push({ family: s.family, kind: s.kind, start: offset + s.start, end: offset + s.end, text: "", original: s.original, near: s.near });
    parts.push(b.pt);
    offset += b.pt.length + 2;
  }
  const pt = parts.join("\n\n");
  for (const s of spans) s.text = pt.slice(s.start, s.end);
  const en = options.withEnglish
    ? blocks.filter((b) => b.en !== undefined && b.enAt !== undefined).sort((a, b) => a.enAt! - b.enAt!).map((b) => b.en!).join("\n\n") || undefined
    : undefined;
  return { id: doc.id, variant: doc.variant, pt, en, spans };
}
