// The translation memory's index: which stored English sentences are close to a new one.
//
// Two steps, as fuzzy-match engines do: cheap candidates from an inverted index of words, then
// an exact score (edit distance) for the few that can still reach the threshold.
// - Prefix filtering (Chaudhuri et al. 2006, "A primitive operator for similarity joins"): for a
//   match at score s, at most (1 - s) of the query's words can be missing from it, so it must
//   share at least one of the query's (1 - s)·n + 1 rarest words. Only those words' postings are
//   read, which keeps "the" and "of" (a posting per unit) out of the hot path.
// - Length filtering: the edit distance is at least the difference in length.
import { boundedEditDistance } from "./edit-distance.ts";

/**
 * Candidates scored with the edit distance, the ones sharing most of the query's words. A match at
 * 0.7 shares most words with the query, so past the first few dozen by overlap the edit
 * distance (the costly step) only confirms that nothing else is close.
 */
const MAX_SCORED = 48;

export interface FuzzyHit<T> {
  score: number;
  key: string;
  text: string;
  value: T;
}

interface Entry<T> {
  key: string;
  text: string;
  norm: string;
  value: T;
  /** Its distinct words, as ids into the index's vocabulary. */
  words: Int32Array;
}

/** Lower case, one space between words, so case and spacing slips do not cost points. */
export function normalizeForMatch(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
}

function wordsOf(norm: string): string[] {
  return [...new Set(norm.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))];
}

/** The score of two normalised texts: 1 − edit distance ÷ the longer length. */
export function matchScore(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - boundedEditDistance(a, b, longest) / longest;
}

export class FuzzyIndex<T> {
  private readonly entries: (Entry<T> | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly wordIds = new Map<string, number>();
  private readonly postings: number[][] = [];
  private live = 0;
  // Scratch space of a look-up, kept between look-ups: a stamp per slot and per word says
  // "seen in this look-up" without clearing arrays of 100,000 entries each time.
  private stamp = 0;
  private slotStamp: Uint32Array = new Uint32Array(1024);
  private wordStamp: Uint32Array = new Uint32Array(1024);

  get size(): number {
    return this.live;
  }

  has(key: string): boolean {
    return this.slotOf.has(key);
  }

  /** Adds or replaces the entry under `key`. */
  set(key: string, text: string, value: T): void {
    this.delete(key);
    const norm = normalizeForMatch(text);
    const slot = this.entries.length;
    const words = Int32Array.from(wordsOf(norm), (w) => this.idOf(w));
    this.entries.push({ key, text, norm, value, words });
    this.slotOf.set(key, slot);
    for (const id of words) this.postings[id]!.push(slot);
    this.live++;
  }

  /** Removes the entry; its postings stay as tombstones, skipped on lookup. */
  delete(key: string): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    this.entries[slot] = undefined;
    this.slotOf.delete(key);
    this.live--;
  }

  private idOf(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.postings.length;
      this.wordIds.set(word, id);
      this.postings.push([]);
    }
    return id;
  }

  private nextStamp(): number {
    if (this.slotStamp.length < this.entries.length) this.slotStamp = grow(this.slotStamp, this.entries.length);
    if (this.wordStamp.length < this.postings.length) this.wordStamp = grow(this.wordStamp, this.postings.length);
    if (this.stamp === 0xffffffff) {
      this.stamp = 0;
      this.slotStamp.fill(0);
      this.wordStamp.fill(0);
    }
    return ++this.stamp;
  }

  /**
   * Entries whose text scores at least `minScore` against `text`, best first.
   * @param skip keys not to return (the pair looked up, which is in the memory itself)
   */
  lookup(text: string, minScore: number, limit: number, skip?: (key: string) => boolean): FuzzyHit<T>[] {
    const query = normalizeForMatch(text);
    if (!query) return [];
    const stamp = this.nextStamp();
    const known: number[][] = [];
    const all = wordsOf(query);
    for (const w of all) {
      const id = this.wordIds.get(w);
      if (id === undefined) continue;
      this.wordStamp[id] = stamp;
      known.push(this.postings[id]!);
    }
    // Rarest first; a word the memory has never seen is the rarest of all but has no postings.
    known.sort((a, b) => a.length - b.length);
    // Words the memory never saw count as missing already. That bound is on words, and a typo
    // makes a word unknown while costing one character, so at least two words are always read.
    const prefix = Math.min(known.length, Math.max(2, Math.floor((1 - minScore) * all.length) + 1 - (all.length - known.length)));
    const slack = 1 - minScore;
    const candidates: number[] = [];
    const overlaps: number[] = [];
    for (let k = 0; k < prefix; k++) {
      for (const slot of known[k]!) {
        if (this.slotStamp[slot] === stamp) continue;
        this.slotStamp[slot] = stamp;
        const entry = this.entries[slot];
        if (!entry) continue;
        const longest = entry.norm.length > query.length ? entry.norm.length : query.length;
        if (Math.abs(entry.norm.length - query.length) > slack * longest) continue;
        let shared = 0;
        for (const id of entry.words) if (this.wordStamp[id] === stamp) shared++;
        candidates.push(slot);
        overlaps.push(shared);
      }
    }
    const order = candidates.map((_, i) => i);
    if (order.length > MAX_SCORED) {
      order.sort((a, b) => overlaps[b]! - overlaps[a]!);
      order.length = MAX_SCORED;
    }
    const hits: FuzzyHit<T>[] = [];
    for (const i of order) {
      const entry = this.entries[candidates[i]!]!;
      if (skip?.(entry.key)) continue;
      const longest = Math.max(entry.norm.length, query.length);
      const max = Math.floor(slack * longest + 1e-9);
      const distance = boundedEditDistance(query, entry.norm, max);
      if (distance > max) continue;
      const score = 1 - distance / longest;
      if (score >= minScore) hits.push({ score, key: entry.key, text: entry.text, value: entry.value });
    }
    // Ties (the same English stored twice) go by key, so the order is stable.
    hits.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
    return hits.slice(0, limit);
  }
}

function grow(array: Uint32Array, size: number): Uint32Array {
  const bigger = new Uint32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}
