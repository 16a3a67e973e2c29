/**
 * A Map of at most `limit` entries that forgets the oldest-inserted one to make room: the small
 * per-text caches beside the helpers (words, names, literal spans, number tokens…) keep the few
 * texts of the pair being checked, and a pair's checks ask about them in a burst, so the order of
 * insertion is as good as the order of use. It is also cheaper (a hit moves nothing) and keeps
 * less alive: keeping the words of the most recently used texts made a 20k-sentence document peak
 * higher (see `check/text/words.ts`). Not `lru-cache`: these lookups run several times per pair
 * on the checks' hot path, and the core carries no dependency for fifteen lines.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A bounded cache keeps at least one entry; got a limit of ${limit}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Keeps `value` under `key`, first forgetting the oldest entry if a new key would pass the limit; returns `value`. */
  set(key: K, value: V): V {
    // A Map iterates in insertion order, so its first key is the oldest; re-setting a kept key keeps its place.
    if (this.entries.size >= this.limit && !this.entries.has(key)) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
