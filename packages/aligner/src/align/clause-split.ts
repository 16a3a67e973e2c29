import type { BeadContext } from "./bead-cost.ts";
import { lengthZ } from "./length-cost.ts";
import { cellOf } from "./match-table.ts";
import type { SideFeatures } from "./segment-features.ts";

/**
 * One sentence said as two: the translation joins with a colon, a semicolon or a bracket what the
 * other language says in two sentences ("Esta opção é selecionável: se estiver marcada, a barra é
 * exibida." for "This is a toggle. If it is checked, the bar is displayed."; "Os itens são trocados
 * (Você também pode arrastá-los.)." for "The items are swapped. (You may also drag them.)"). The short sentence of the two often shares no word with its clause (a free rendering,
 * or a word the lexicon lacks), so the orphan cost of a 1-2 bead (bead-cost.ts) used to leave it
 * alone as a 0-1 beside a 1-1, and the omission check reported it as untranslated (development
 * corpus, tuning half, session 14). Its evidence is the shape instead of the words: the single
 * segment parts at such a break into two pieces whose lengths are each a translation's of the
 * other side's two segments, in order. An inserted or unrelated sentence beside a pair fits no
 * clause of its neighbour that way, so it keeps its orphan cost and stays a skip.
 */

/**
 * Where a sentence's clauses part: after a colon or a semicolon that ends a word, before a bracketed
 * sentence ("(Você também pode….)"). Each break is the offset at which the second piece starts (spaces
 * trimmed by the caller). Not a semicolon of code ("Range.clone(); Returns…"), nor a bracketed name
 * ("(Checkout)"), nor a spaced dash: it sets off an aside inside one sentence ("the magic of o3 - its ability to
 * pull rabbits out of a hat - with 100% reliability"), whose pieces fit two sentences by chance.
 */
const CLAUSE_BREAK = /(?<=\p{L})[:;](?=\s+\S)|\s(?=\(\p{Lu}[^()]*[.!?]\))/gu;

/**
 * How far, in standard deviations of a translation's length (Gale & Church), each piece may be from
 * the segment it stands for. Tuning half: the pieces of the sentences said as two fit within 1.2;
 * no lone sentence reviewed as genuinely left out or added, beside a pair whose other side has a
 * clause break, fits that pair's pieces closer than about 1.7.
 */
export const CLAUSE_SPLIT_Z = 1.25;

/**
 * The share of its word weight that one of the two segments at least must find in the single
 * segment: the two sides are a pair apart from the sentence said as a clause. A stretch of another
 * version, a long sentence whose clauses fit two sentences the translation lacks by length alone,
 * pairs with neither. Tuning half: 0.2 merged a Portuguese addition into its neighbour (a genuine
 * omission flag lost), 0.3 none; ORPHAN_FLOOR (0.5) left the colon-joined sentences alone again.
 */
const PAIRED_COVERAGE = 0.3;

/** The share of many-side segment m's word weight found in single segment s (1 without content words). */
function coveredBy(ctx: BeadContext, singlePt: boolean, m: number, s: number): number {
  const many = singlePt ? ctx.en : ctx.pt;
  const total = many.weightPrefix[m + 1]! - many.weightPrefix[m]!;
  if (total === 0) return 1;
  const c = singlePt ? cellOf(ctx.table, s, m) : cellOf(ctx.table, m, s);
  return c < 0 ? 0 : (singlePt ? ctx.table.en[c]! : ctx.table.pt[c]!) / total;
}

/** The clause breaks of segment s (offsets into its text), found once per segment and side. */
function clauseBreaksOf(f: SideFeatures, s: number): readonly number[] {
  let breaks = f.clauseBreaks[s];
  if (breaks === undefined) {
    const text = f.segments[s]!.text;
    breaks = [];
    for (const m of text.matchAll(CLAUSE_BREAK)) breaks.push(m.index! + (m[0] === ":" || m[0] === ";" ? 1 : 0));
    f.clauseBreaks[s] = breaks;
  }
  return breaks;
}

const WORD = /\p{L}+/gu;
/** Words the piece before the break must hold to be a clause, not a label. */
const MIN_HEAD_WORDS = 2;

/** SideFeatures.kind of prose: not a speaker's label, a heading or a line of code. */
const PROSE_KIND = 0;

/** A piece ending in a question mark, quotes and brackets closing after it. */
const isQuestion = (piece: string): boolean => /\?["”’'»)\]]*\s*$/u.test(piece);

/**
 * Of the single segment's word weight that the paired sentence (the one it covers best) finds in
 * it, the most that may lie in the piece facing the lone sentence. A split whose pieces fit by length
 * but put the pair's own words on the lone sentence's side ("O valor … abaixo; O valor padrão é 100
 * pixels." against "The value … below; it defaults to 100 pixels." and "Size: Both Width and Height
 * will be fixed.") parts the sentence in the wrong place: the lone sentence is no clause of it.
 */
const MAX_ACROSS_SHARE = 0.4;

/** The match keys of segment s of a side. */
function keysOf(f: SideFeatures, s: number): Set<number> {
  const keys = new Set<number>();
  for (let t = f.tokStart[s]!; t < f.tokStart[s + 1]!; t++) for (let k = f.keyStart[t]!; k < f.keyStart[t + 1]!; k++) keys.add(f.keys[k]!);
  return keys;
}

/** Whether more than MAX_ACROSS_SHARE of single segment s's weight matched by `keys` lies on the far side of `at` (after it when the paired sentence is the first). */
function saidAcross(f: SideFeatures, s: number, at: number, keys: ReadonlySet<number>, strongFirst: boolean): boolean {
  let matched = 0;
  let across = 0;
  for (let t = f.tokStart[s]!; t < f.tokStart[s + 1]!; t++) {
    let hit = false;
    for (let k = f.keyStart[t]!; k < f.keyStart[t + 1]! && !hit; k++) hit = keys.has(f.keys[k]!);
    if (!hit) continue;
    matched += f.tokWeight[t]!;
    if (f.tokPos[t]! >= at === strongFirst) across += f.tokWeight[t]!;
  }
  return across > MAX_ACROSS_SHARE * matched;
}

/** Characters of text[from, to) without the spaces at its ends. */
function trimmedLength(text: string, from: number, to: number): number {
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return to - from;
}

/**
 * For a 1-2 or 2-1 bead [p0, p0 + shape.pt) × [e0, e0 + shape.en): whether its single segment is the
 * other side's two sentences said as one, by a clause break whose two pieces fit those two
 * sentences' lengths (CLAUSE_SPLIT_Z) in order. False for any other shape.
 */
export function saidAsClauses(ctx: BeadContext, ptCount: number, enCount: number, p0: number, e0: number): boolean {
  const singlePt = ptCount === 1 && enCount === 2;
  if (!singlePt && !(ptCount === 2 && enCount === 1)) return false;
  const [single, s, many, m0] = singlePt ? [ctx.pt, p0, ctx.en, e0] : [ctx.en, e0, ctx.pt, p0];
  // Sentences of prose: a speaker's label ("Jordan Schneider:") or a heading fits a colon's lead-in by length, and is no sentence.
  if (single.kind[s] !== PROSE_KIND || many.kind[m0] !== PROSE_KIND || many.kind[m0 + 1] !== PROSE_KIND) return false;
  const breaks = clauseBreaksOf(single, s);
  if (!breaks.length) return false;
  // The single segment must be the translation of one of the two at least: the pair the lone sentence joins.
  const firstCovered = coveredBy(ctx, singlePt, m0, s);
  const secondCovered = coveredBy(ctx, singlePt, m0 + 1, s);
  if (Math.max(firstCovered, secondCovered) < PAIRED_COVERAGE) return false;
  const strongFirst = firstCovered >= secondCovered;
  const strongKeys = keysOf(many, strongFirst ? m0 : m0 + 1);
  const text = single.segments[s]!.text;
  const first = many.lenPrefix[m0 + 1]! - many.lenPrefix[m0]!;
  const second = many.lenPrefix[m0 + 2]! - many.lenPrefix[m0 + 1]!;
  for (const at of breaks) {
    const head = trimmedLength(text, 0, at);
    const tail = trimmedLength(text, at, text.length);
    if (!head || !tail) continue;
    // A one-word label before a colon ("Exemplo:", "Default:") leads in to what follows; it is no clause.
    if ((text.slice(0, at).match(WORD)?.length ?? 0) < MIN_HEAD_WORDS) continue;
    // A question is said as a question (structure-cost.ts QUESTION_MISMATCH_COST): a quoted question after "asks:"
    // is no answer beside it ("… pergunta: “Posso…?”" against "… asks, “Can I…?”" and "I say, “Yes, you can.”").
    if (isQuestion(text.slice(0, at)) !== (many.question[m0] === 1) || many.question[m0 + 1] !== single.question[s]) continue;
    const fits = singlePt
      ? lengthZ(head, first, ctx.ratio) <= CLAUSE_SPLIT_Z && lengthZ(tail, second, ctx.ratio) <= CLAUSE_SPLIT_Z
      : lengthZ(first, head, ctx.ratio) <= CLAUSE_SPLIT_Z && lengthZ(second, tail, ctx.ratio) <= CLAUSE_SPLIT_Z;
    if (fits && !saidAcross(single, s, at, strongKeys, strongFirst)) return true;
  }
  return false;
}
