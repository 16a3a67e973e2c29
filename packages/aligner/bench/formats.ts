/**
 * Export speed and memory of every bitext format: 100,000 pairs each in under 2 s, with a heap
 * that does not grow with the number of pairs (10,000 vs 100,000). The pairs come from a
 * generator and the chunks go to a sink that only counts them, as an HTTP response or a file
 * stream would take them, so what is measured is the serializer alone.
 *
 * Run: pnpm --filter @alinha/aligner bench (or tsx bench/formats.ts). Exits 1 on a missed goal.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { BITEXT_FORMATS, serializeBitext, type BitextFormat, type BitextMeta } from "../src/index.ts";
import type { BitextPair, PairStatus } from "../src/types.ts";

const TIME_GOAL_MS = 2000;
/**
 * What the export keeps alive (heap after a full GC, sampled ten times during the run) may be
 * this much larger at 100k pairs than at 10k. Streaming keeps it flat; collecting the output
 * would add ~40 MiB for TMX. The peak of heapUsed is printed too, but it mostly shows when the
 * young generation happened to be collected, so it is not what the goal is judged on.
 */
const RETAINED_GROWTH_LIMIT_MIB = 2;
const SAMPLES = 10;

const STATUSES: PairStatus[] = ["new", "edited", "confirmed", "approved", "rejected"];

/** Realistic sentences with the characters that make escaping work: specials, accents, emoji. */
function* pairs(count: number): Generator<BitextPair> {
  for (let i = 0; i < count; i++) {
    yield {
      id: `pair-${i}`,
      en: `Sentence ${i}: Noah Smith said "R&D <costs> rose 5%" 😀 and left.`,
      pt: i % 50 === 0 ? "" : `Frase ${i}: Noé Smith disse "custos de P&D <subiram> 5%" 😀 e saiu.`,
      status: STATUSES[i % STATUSES.length] ?? "new",
      paragraph: Math.floor(i / 5),
      notes: i % 10 === 0 ? [`Nota ${i}\tcom tab`] : undefined,
      flags:
        i % 7 === 0
          ? [{ code: "entity.mismatch", family: "entity", severity: "error", start: 0, end: 3, text: "Noé", message: "Name differs.", suggestion: "Noah" }]
          : undefined,
      createdAt: new Date(1_700_000_000_000 + i * 1000),
    };
  }
}

const META: BitextMeta = { title: "Benchmark", variant: "pt-BR", scope: "all", toolVersion: "bench" };

// A full collection on demand without asking the caller for --expose-gc.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const MiB = 2 ** 20;

/** Time alone: nothing else happens in the loop. */
function time(format: BitextFormat, count: number) {
  let chars = 0;
  const start = performance.now();
  for (const chunk of serializeBitext(format, pairs(count), META)) chars += chunk.length;
  return { ms: performance.now() - start, chars };
}

/** Heap over the pre-run baseline: at its sampled peak, and what survives a full GC mid-run. */
function memory(format: BitextFormat, count: number) {
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = 0;
  let retained = 0;
  let chunks = 0;
  const every = Math.floor(count / SAMPLES);
  for (const _chunk of serializeBitext(format, pairs(count), META)) {
    chunks += 1;
    if (chunks % 100 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    if (chunks % every === 0) {
      gc();
      retained = Math.max(retained, process.memoryUsage().heapUsed - baseline);
    }
  }
  return { peakMiB: peak / MiB, retainedMiB: retained / MiB };
}

let failed = false;
console.log("format    pairs     time       chars   peak heap   retained after GC");
for (const format of BITEXT_FORMATS) {
  time(format, 5000); // warm the JIT so the first format is not penalised
  const rows = [10_000, 100_000].map((n) => ({ n, ...time(format, n), ...memory(format, n) }));
  for (const r of rows) {
    console.log(
      `${format.padEnd(6)} ${String(r.n).padStart(8)} ${r.ms.toFixed(0).padStart(6)} ms ${String(r.chars).padStart(11)}` +
        ` ${r.peakMiB.toFixed(1).padStart(7)} MiB ${r.retainedMiB.toFixed(2).padStart(9)} MiB`,
    );
  }
  const [small, large] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const growth = large.retainedMiB - small.retainedMiB;
  const ok = large.ms < TIME_GOAL_MS && growth < RETAINED_GROWTH_LIMIT_MIB;
  console.log(
    `${format.padEnd(6)} ${ok ? "ok" : "MISSED"}: 100k pairs in ${large.ms.toFixed(0)} ms (goal < ${TIME_GOAL_MS});` +
      ` retained heap ${growth >= 0 ? "+" : ""}${growth.toFixed(2)} MiB from 10k to 100k (limit +${RETAINED_GROWTH_LIMIT_MIB})`,
  );
  failed ||= !ok;
}
process.exitCode = failed ? 1 : 0;
