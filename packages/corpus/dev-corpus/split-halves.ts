/**
 * The tuning/test split: stable (a document's half depends on its id and on the other documents
 * of its source, never on the order files were read) and balanced (about half the words each).
 */
import type { DevHalf } from "../src/dev/types.ts";

/** FNV-1a, 32 bits: a fixed, dependency-free hash, so the split never changes with a library. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export interface SplitInput {
  id: string;
  source: string;
  variant: string;
  words: number;
  /**
   * Every document of the source goes to the tuning half (extra tuning material added after the
   * test half was fixed: the test half must not grow or change under the reviewed verdicts).
   */
  tuneOnly?: boolean;
}

/**
 * Per source and variant, documents in hash order go to whichever half has fewer words so far:
 * which document goes where is as good as random, and the halves end within one document of even.
 * A `tuneOnly` document goes to the tuning half and never counts towards another source's balance.
 */
export function splitHalves(docs: readonly SplitInput[]): Map<string, DevHalf> {
  const groups = new Map<string, SplitInput[]>();
  const half = new Map<string, DevHalf>();
  for (const d of docs) {
    if (d.tuneOnly) {
      half.set(d.id, "tune");
      continue;
    }
    const key = `${d.source}\u0000${d.variant}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => stableHash(a.id) - stableHash(b.id) || (a.id < b.id ? -1 : 1));
    const words = { tune: 0, test: 0 };
    for (const d of ordered) {
      const h: DevHalf = words.tune <= words.test ? "tune" : "test";
      words[h] += d.words;
      half.set(d.id, h);
    }
  }
  return half;
}
