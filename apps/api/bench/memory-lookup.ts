// Translation-memory look-up time (goal: < 20 ms per look-up in a 100,000-unit memory).
// Builds the in-process fuzzy index (src/api/memory/fuzzy-index.ts) from synthetic English
// sentences with a Zipf-like vocabulary, as real text has ("the" everywhere, most words rare),
// then looks up edited copies of stored sentences (a near match must be found) and fresh
// sentences (nothing close: the worst case for candidate generation). Prints figures.
import { getDocument, listDocuments } from "@alinha/corpus";
import { FuzzyIndex } from "../src/api/memory/fuzzy-index.ts";

const SIZES = [10_000, 100_000];
const LOOKUPS = 500;
const GOAL_MS = 20;

/** mulberry32: a seeded generator, so every run measures the same memory. */
let seed = 42;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Endings that multiply the corpus's words into a vocabulary the size of a real memory's. */
const ENDINGS = ["", "s", "ed", "ing", "er", "ly", "ness", "al", "ive", "ment"];

/** The corpus's English drafts' words, by frequency, then their derived forms: the vocabulary of the synthetic sentences. */
function vocabulary(): string[] {
  const counts = new Map<string, number>();
  for (const meta of listDocuments()) {
    const doc = getDocument(meta.id);
    for (const w of (doc.en || doc.pt).toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  return ENDINGS.flatMap((ending) => ranked.map((w) => w + ending));
}

function sentence(words: string[]): string {
  const length = 8 + Math.floor(random() * 22);
  // Zipf: rank r drawn with probability ∝ 1/r (inverse transform on a log scale).
  const pick = () => words[Math.min(words.length - 1, Math.floor(Math.exp(random() * Math.log(words.length))) - 1)]!;
  const out = Array.from({ length }, pick).join(" ");
  return out[0]!.toUpperCase() + out.slice(1) + ".";
}

/** A stored sentence with one or two words changed: should still match at ≥ 0.7. */
function edited(text: string, words: string[]): string {
  const parts = text.slice(0, -1).split(" ");
  for (let k = 0; k < 1 + Math.floor(random() * 2); k++) parts[Math.floor(random() * parts.length)] = words[Math.floor(random() * 2000)]!;
  return parts.join(" ") + ".";
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const words = vocabulary();
console.log(`vocabulary: ${words.length} words from the corpus`);
for (const size of SIZES) {
  const texts = Array.from({ length: size }, () => sentence(words));
  const t0 = performance.now();
  const index = new FuzzyIndex<number>();
  texts.forEach((t, i) => index.set(`u${i}`, t, i));
  const buildMs = performance.now() - t0;
  for (const kind of ["near", "fresh"] as const) {
    const times: number[] = [];
    let found = 0;
    for (let k = 0; k < LOOKUPS; k++) {
      const query = kind === "near" ? edited(texts[Math.floor(random() * size)]!, words) : sentence(words);
      const s = performance.now();
      const hits = index.lookup(query, 0.7, 3);
      times.push(performance.now() - s);
      if (hits.length) found++;
    }
    times.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const p95 = percentile(times, 0.95);
    console.log(
      `memory ${size.toLocaleString("en")} units, ${kind} queries: mean ${mean.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms; ` +
      `found a match for ${found}/${LOOKUPS}; index built in ${buildMs.toFixed(0)} ms — goal < ${GOAL_MS} ms: ${p95 < GOAL_MS ? "met" : "NOT met"}`,
    );
  }
}
