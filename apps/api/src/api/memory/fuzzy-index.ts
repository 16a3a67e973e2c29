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

/** Past this many candidates, only those sharing most rare words are scored. */
const MAX_SCORED = 300;

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
  private readonly postings = new Map<string, number[]>();
  private live = 0;

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
    this.entries.push({ key, text, norm, value });
    this.slotOf.set(key, slot);
    for (const word of wordsOf(norm)) {
      const list = this.postings.get(word);
      if (list) list.push(slot);
      else this.postings.set(word, [slot]);
    }
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

  /**
   * Entries whose text scores at least `minScore` against `text`, best first.
   * @param skip keys not to return (the pair looked up, which is in the memory itself)
   */
  lookup(text: string, minScore: number, limit: number, skip?: (key: string) => boolean): FuzzyHit<T>[] {
    const query = normalizeForMatch(text);
    if (!query) return [];
    const words = wordsOf(query)
      .map((w) => ({ w, list: this.postings.get(w) }))
      .sort((a, b) => (a.list?.length ?? 0) - (b.list?.length ?? 0));
    const prefix = Math.min(words.length, Math.floor((1 - minScore) * words.length) + 1);
    const shared = new Map<number, number>();
    for (let k = 0; k < prefix; k++) {
      for (const slot of words[k]?.list ?? []) shared.set(slot, (shared.get(slot) ?? 0) + 1);
    }
    let candidates = [...shared.keys()];
    const slack = 1 - minScore;
    candidates = candidates.filter((slot) => {
      const entry = this.entries[slot];
      if (!entry) return false;
      const longest = Math.max(entry.norm.length, query.length);
      return Math.abs(entry.norm.length - query.length) <= slack * longest;
    });
    if (candidates.length > MAX_SCORED) {
      candidates.sort((a, b) => (shared.get(b) ?? 0) - (shared.get(a) ?? 0));
      candidates.length = MAX_SCORED;
    }
    const hits: FuzzyHit<T>[] = [];
    for (const slot of candidates) {
      const entry = this.entries[slot]!;
      if (skip?.(entry.key)) continue;
      const longest = Math.max(entry.norm.length, query.length);
      const max = Math.floor(slack * longest + 1e-9);
      const distance = boundedEditDistance(query, entry.norm, max);
      if (distance > max) continue;
      const score = 1 - distance / longest;
      if (score >= minScore) hits.push({ score, key: entry.key, text: entry.text, value: entry.value });
    }
    // Ties (the same English stored twice) go to the shorter key, so the order is stable.
    hits.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
    return hits.slice(0, limit);
  }
}
