import { EN_PER_PT_CHARS, lengthZ } from "../../align/length-cost.ts";
import type { CheckInput, Lang } from "../../types.ts";
import { covers, coverage, eachWordKeys, keysOf, type Coverage } from "./counterpart.ts";
import { aloneSide, passageKey } from "./passages.ts";

/**
 * The counterpart search: a sentence alone in its pair (Portuguese with no English, English with
 * no Portuguese) whose translation IS in the document, in another pair, is a pairing shift, not an
 * omission. The aligner left the two apart (entries in another order on each side, a sentence the
 * corpus or the aligner paired with the wrong neighbour, two renderings a few pairs apart), and a
 * reviewer who finds the content one screen away reads the flag as a false alarm: "the English has
 * it, in a block paired elsewhere" (development corpus, session 9). The local excuses of the check
 * (neighbours' rests, one-off pairs, headings) look one pair either way; this looks at the whole
 * document, once per document, with the aligner's own translation evidence (counterpart.ts: the
 * same word or number, the lexicon's translation, a cognate).
 *
 * A lone text L has a counterpart C elsewhere when:
 * - each says most of the other (`covers` both ways: half of the content words and at least three,
 *   or two of three, every number and identifier of L among them), and their lengths are those of a
 *   translation (Gale & Church, within MAX_LENGTH_Z);
 * - and C is poorly matched where it sits: alone in a pair of its own (the other side's lone text:
 *   the two are one pair the aligner left apart), or in a pair whose other side says C less well
 *   than L does by BETTER_BY (the pair is a wrong match; C's true partner is L).
 * A sentence the translation really dropped has no such C: a similar sentence elsewhere (a second
 * "See also the … command") sits with its own translation, which says it as well as L or better.
 * Each C excuses one L (the best), so a sentence said once cannot excuse two.
 *
 * Found by an index of the document's content-word keys (one pass over the texts), each lone text
 * then looking only at the few texts that share its rarer keys: no scan of the document per pair.
 */

type Side = "pt" | "en";

/** Fewer content words than this say too little to recognise elsewhere ("This is a toggle."). */
const MIN_LONE_WORDS = 3;
/** Texts that share at least this many of the lone text's content words are candidates. */
const MIN_SHARED_WORDS = 2;
/** The best candidates by shared words that are weighed in full (coverage both ways). */
const MAX_CANDIDATES = 4;
/** A key in more texts than this (and than MAX_KEY_SHARE of them) is the page's topic: no evidence of a match. */
const MAX_KEY_TEXTS = 12;
const MAX_KEY_SHARE = 0.1;
/**
 * Length difference, in standard deviations of a translation's, beyond which two texts are not each
 * other's translation: a candidate already in a pair must fit closely (a short title that shares a
 * sentence's two names, "Label entity properties" against "A entidade Label é um galho da entidade
 * Axes", is 1.76 off: Scilab label_properties, a genuine addition); two lone texts that say each
 * other may differ more, one side wording its item at more length (LilyPond web-manuals'
 * "Glossary:" item, 1.93 off).
 */
const MAX_LENGTH_Z = 1.25;
const MAX_LONE_LENGTH_Z = 2.5;
/** How much better (mean share of words found each way) L must say C than C's own partner does. */
const BETTER_BY = 0.25;

const share = (c: Coverage): number => (c.words ? c.found / c.words : 0);
const mutual = (a: Coverage, b: Coverage): number => (share(a) + share(b)) / 2;
const other = (side: Side): Side => (side === "pt" ? "en" : "pt");
const sideText = (pair: CheckInput, side: Side): string => (side === "pt" ? pair.pt : pair.en ?? "").trim();

/** Lengths of a translation: the Portuguese and English character counts within `maxZ`. */
function translationLengths(text: string, side: Side, candidate: string, maxZ: number): boolean {
  const [pt, en] = side === "pt" ? [text.length, candidate.length] : [candidate.length, text.length];
  return lengthZ(pt, en, EN_PER_PT_CHARS) <= maxZ;
}

/** One side's texts with their content-word keys, and which texts hold each key. */
interface SideIndex {
  postings: Map<string, number[]>;
  limit: number;
}

/** The texts of `side` that hold each of `wanted`'s keys (the lone texts' keys: no other key is ever asked for). */
function indexSide(pairs: readonly CheckInput[], side: Side, wanted: ReadonlySet<string>): SideIndex {
  const postings = new Map<string, number[]>();
  let texts = 0;
  for (let k = 0; k < pairs.length; k++) {
    const text = sideText(pairs[k]!, side);
    if (!text) continue;
    texts++;
    eachWordKeys(text, side, (w) => {
      for (const key of w.keys) {
        if (!wanted.has(key)) continue;
        const list = postings.get(key);
        if (!list) postings.set(key, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    });
  }
  return { postings, limit: Math.max(MAX_KEY_TEXTS, Math.ceil(MAX_KEY_SHARE * texts)) };
}

/** Pairs whose other-side text shares at least MIN_SHARED_WORDS of the lone text's content words, most shared first. */
function candidatesOf(text: string, side: Side, index: SideIndex, self: number): number[] {
  const shared = new Map<number, number>();
  for (const w of keysOf(text, side)) {
    const hit = new Set<number>();
    for (const key of w.keys) {
      const list = index.postings.get(key);
      if (!list || list.length > index.limit) continue;
      for (const k of list) hit.add(k);
    }
    for (const k of hit) if (k !== self) shared.set(k, (shared.get(k) ?? 0) + 1);
  }
  return [...shared].filter(([, n]) => n >= MIN_SHARED_WORDS).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES).map(([k]) => k);
}

interface Match {
  lone: number;
  at: number;
  score: number;
}

/**
 * How well the lone text L (side `side`) and the other side's text of pair `at` say each other, if
 * that text is L's counterpart by the rules above; undefined if not.
 */
function matchScore(text: string, side: Side, pair: CheckInput): number | undefined {
  const there = other(side);
  const candidate = sideText(pair, there);
  const a = coverage(text, side, candidate, there);
  const b = coverage(candidate, there, text, side);
  const partner = sideText(pair, side);
  if (!covers(a) || !covers(b) || !translationLengths(text, side, candidate, partner ? MAX_LENGTH_Z : MAX_LONE_LENGTH_Z)) return undefined;
  const score = mutual(a, b);
  if (!partner) return score;
  const own = mutual(coverage(candidate, there, partner, side), coverage(partner, side, candidate, there));
  return score >= own + BETTER_BY ? score : undefined;
}

/**
 * The keys (passages.ts `passageKey`) of the document's one-sided pairs whose text has a counterpart
 * elsewhere in the document, which the omission check does not report. `only`: the indexes of the
 * one-sided pairs to look for (those the check would flag; the others need no excuse, and a document
 * with none costs nothing); all of them when not given. Empty for a document without English, or
 * without a one-sided pair.
 */
export function pairedElsewhere(pairs: readonly CheckInput[], only?: readonly number[]): string[] {
  const lones: { k: number; side: Side; text: string }[] = [];
  for (const k of only ?? pairs.keys()) {
    const pair = pairs[k];
    const side = pair && aloneSide(pair);
    if (!side) continue;
    const text = sideText(pair, side);
    if (keysOf(text, side).length >= MIN_LONE_WORDS) lones.push({ k, side, text });
  }
  if (!lones.length) return [];
  // The keys each side's index must hold: those of the other side's lone texts.
  const wanted = { pt: new Set<string>(), en: new Set<string>() };
  for (const { side, text } of lones) for (const w of keysOf(text, side)) for (const key of w.keys) wanted[other(side)].add(key);
  const indexes: Partial<Record<Side, SideIndex>> = {};
  const matches: Match[] = [];
  for (const { k, side, text } of lones) {
    const there = other(side);
    const index = (indexes[there] ??= indexSide(pairs, there, wanted[there]));
    for (const at of candidatesOf(text, side as Lang, index, k)) {
      const score = matchScore(text, side, pairs[at]!);
      if (score !== undefined) matches.push({ lone: k, at, score });
    }
  }
  // Each counterpart excuses one lone text, the one it matches best; a lone text matched by a lone
  // text of the other side excuses that one too (the two are one pair left apart).
  matches.sort((x, y) => y.score - x.score || x.lone - y.lone);
  const usedLone = new Set<number>();
  const usedAt = new Set<number>();
  const keys: string[] = [];
  for (const m of matches) {
    if (usedLone.has(m.lone) || usedAt.has(m.at)) continue;
    usedLone.add(m.lone);
    usedAt.add(m.at);
    const lone = pairs[m.lone]!;
    keys.push(passageKey(lone, aloneSide(lone)!));
    const at = pairs[m.at]!;
    const atSide = aloneSide(at);
    if (atSide && !usedLone.has(m.at)) {
      usedLone.add(m.at);
      usedAt.add(m.lone);
      keys.push(passageKey(at, atSide));
    }
  }
  return keys;
}
