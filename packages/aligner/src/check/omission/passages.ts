import type { CheckInput, Flag, OmissionPassages } from "../../types.ts";
import { isLoneBlockFlag } from "./lone-block.ts";

/**
 * A passage one side lacks is one finding, not one per sentence. A page translated from an older
 * version of its original, a translator's note of three sentences, a paragraph the translation
 * dropped: the aligner leaves each sentence of it in a one-sided pair of its own, and a reviewer
 * who meets "this Portuguese has no English counterpart" on nine pairs in a row reads one fact
 * nine times (development corpus, tuning half, session 8: Scilab axes_properties, xz.1's options,
 * GIMP's translator notes). So the sentences of a run of consecutive pairs with the same side
 * alone are reported once, on the run's first flagged pair, and its message says how far the
 * passage goes; the span stays that first sentence's, so the review screen leads to the passage's start.
 *
 * Which pair of a run is flagged first depends on the check's findings on its neighbours, which a
 * pair re-checked alone (after an edit) cannot see: the document pass records the passages in the
 * document's context (`OmissionPassages`), by each pair's text and the text before it on its side.
 */

type Side = "pt" | "en";

/** Which side alone has text (punctuation counts as text here: it does not end a passage). */
export const aloneSide = (pair: CheckInput): Side | undefined => {
  if (pair.en === undefined) return undefined;
  const pt = pair.pt.trim() !== "";
  const en = pair.en.trim() !== "";
  return pt && !en ? "pt" : en && !pt ? "en" : undefined;
};

const textOn = (pair: CheckInput, side: Side): string => (side === "pt" ? pair.pt : pair.en ?? "").trim();

/**
 * A pair's key in the document's passages: its side, the text before it on that side, and its own,
 * hashed (FNV-1a, twice 32 bits), so the document's stored context holds no copy of its sentences.
 */
export function passageKey(pair: CheckInput, side: Side): string {
  const text = [side, (side === "pt" ? pair.prevPt : pair.prevEn)?.trim() ?? "", textOn(pair, side)].join("\u0000");
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

const quote = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The passage's message, from its first flagged pair to its last one (`more` pairs after the first). */
function passageMessage(side: Side, first: string, last: string, more: number, firstMessage: string): string {
  const pairs = more === 1 ? "the next pair" : `the next ${more} pairs`;
  if (side === "pt") {
    return `This Portuguese and ${pairs}, to “${quote(last)}”, have no English counterpart: an addition, a passage of another version of the page, or page furniture.`;
  }
  // The English side's message names the text (a pair of English alone shows no Portuguese to underline).
  const rewrite = /\(the Portuguese beside it[^)]*\)$/u.exec(firstMessage)?.[0];
  return `This English and ${pairs} were not translated: “${quote(first)}” to “${quote(last)}”${rewrite ? ` ${rewrite}` : ""}`;
}

/**
 * The passages of a document: within each run of consecutive pairs with the same side alone that
 * holds two flags of the check or more, the first flagged pair is the passage's head, the later
 * flagged ones its tail. Pairs the check did not flag (a heading, a line of code inside the
 * passage) neither start nor end a passage's extent, but do not break the run. `flags[k]` holds
 * the check's flags on `pairs[k]`, as found pair by pair.
 */
export function findPassages(pairs: readonly CheckInput[], flags: readonly (readonly Flag[])[]): OmissionPassages {
  // A flag its check gave a low confidence of its own (a block with no English, lone-block.ts) is hidden by
  // default: a passage of such flags and shown ones would hide the shown ones behind a hidden head, or show
  // a hidden one. Each kind makes its own passages.
  if (!flags.some((fs) => fs.some(isLoneBlockFlag))) return runsOf(pairs, flags);
  const shown = runsOf(pairs, flags.map((fs) => fs.filter((f) => !isLoneBlockFlag(f))));
  const doubted = runsOf(pairs, flags.map((fs) => fs.filter(isLoneBlockFlag)));
  return { heads: { ...shown.heads, ...doubted.heads }, tails: [...shown.tails, ...doubted.tails] };
}

function runsOf(pairs: readonly CheckInput[], flags: readonly (readonly Flag[])[]): OmissionPassages {
  const found: OmissionPassages = { heads: {}, tails: [] };
  for (let i = 0; i < pairs.length; ) {
    const side = aloneSide(pairs[i]!);
    let j = i + 1;
    if (side) while (j < pairs.length && aloneSide(pairs[j]!) === side) j++;
    const flagged: number[] = [];
    for (let k = i; k < j; k++) if (flags[k]?.length) flagged.push(k);
    if (side && flagged.length > 1) {
      const head = flagged[0]!;
      const last = flagged[flagged.length - 1]!;
      found.heads[passageKey(pairs[head]!, side)] = { more: last - head, last: quote(textOn(pairs[last]!, side)) };
      for (const k of flagged.slice(1)) found.tails.push(passageKey(pairs[k]!, side));
    }
    i = j;
  }
  return found;
}

/**
 * A pair's flags of the check as its passage has them: none for a passage's tail, the passage's
 * message for its head, the pair's own flags for a sentence alone (or when the passages are not known).
 */
export function asInPassage(pair: CheckInput, flags: Flag[], passages: OmissionPassages | undefined): Flag[] {
  if (!flags.length || !passages) return flags;
  const side = aloneSide(pair);
  if (!side) return flags;
  const key = passageKey(pair, side);
  if (passages.tails.includes(key)) return [];
  const head = passages.heads[key];
  if (!head) return flags;
  return flags.map((f) => ({ ...f, message: passageMessage(side, textOn(pair, side), head.last, head.more, f.message) }));
}

/** Every pair's flags of the check, one finding per passage (the document pass). */
export function onePerPassage(pairs: readonly CheckInput[], flags: Flag[][]): Flag[][] {
  const passages = findPassages(pairs, flags);
  return pairs.map((pair, k) => asInPassage(pair, flags[k] ?? [], passages));
}
