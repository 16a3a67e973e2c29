/**
 * Import speed of every format Alinha reads (100,000 pairs in under 2 s), with the heap the
 * parsed result holds per pair, and export of the binary formats (XLSX streams row by row;
 * DOCX is built in memory by the docx library, so its heap grows with the document).
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/import-formats.ts. Exits 1 on a missed time goal.
 */
import { availableParallelism, loadavg } from "node:os";
import { Writable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { readImportFile, serializeBitext, writeBinaryBitext, type BinaryBitextFormat, type BitextFormat, type BitextMeta } from "../src/index.ts";
import type { BitextPair, PairStatus } from "../src/types.ts";

const TIME_GOAL_MS = 2000;
const STATUSES: PairStatus[] = ["new", "edited", "confirmed", "approved", "rejected"];
const META: BitextMeta = { title: "Benchmark", variant: "pt-BR", scope: "all", toolVersion: "bench" };

function* pairs(count: number): Generator<BitextPair> {
  for (let i = 0; i < count; i++) {
    yield {
      id: `pair-${i}`,
      en: `Sentence ${i}: Noah Smith said "R&D <costs> rose 5%" 😀 and left.`,
      pt: `Frase ${i}: Noé Smith disse "custos de P&D <subiram> 5%" 😀 e saiu.`,
      status: STATUSES[i % STATUSES.length] ?? "new",
      version: 1 + (i % 3),
      notes: i % 10 === 0 ? [`Nota ${i}`] : undefined,
    };
  }
}

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const MiB = 2 ** 20;
let failed = false;

console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores: on a busy machine the wall time is mostly waiting; the CPU time is what the work costs`);
console.log("import    pairs      bytes     wall      cpu   heap held by the result");
for (const format of ["tmx", "xliff", "xliff12", "po", "tsv", "csv"] as BitextFormat[]) {
  const bytes = new TextEncoder().encode([...serializeBitext(format, pairs(100_000), META)].join(""));
  readImportFile(new TextEncoder().encode([...serializeBitext(format, pairs(2000), META)].join(""))); // warm the JIT
  gc();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const read = readImportFile(bytes);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  gc();
  const held = (process.memoryUsage().heapUsed - before) / MiB;
  const count = read.kind === "bitext" ? read.bitext.pairs.length : 0;
  const ok = ms < TIME_GOAL_MS && count === 100_000;
  failed ||= !ok;
  console.log(`${format.padEnd(8)} ${String(count).padStart(7)} ${(bytes.length / MiB).toFixed(1).padStart(7)} MiB ${ms.toFixed(0).padStart(6)} ms ${cpuMs.toFixed(0).padStart(6)} ms ${held.toFixed(1).padStart(7)} MiB ${ok ? "ok" : "MISSED"}`);
}

/** A sink that counts bytes, as a response or a file would take them. */
function countingSink(): { stream: Writable; bytes: () => number } {
  let n = 0;
  return { stream: new Writable({ write(chunk: Buffer, _enc, done) { n += chunk.length; done(); } }), bytes: () => n };
}

console.log("\nexport   pairs      bytes     time   peak heap over baseline");
for (const format of ["xlsx", "docx", "docx-side"] as BinaryBitextFormat[]) {
  for (const n of [10_000, 100_000]) {
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed - baseline)), 20);
    const sink = countingSink();
    const start = performance.now();
    await writeBinaryBitext(format, pairs(n), META, sink.stream);
    const ms = performance.now() - start;
    clearInterval(timer);
    const ok = n < 100_000 || ms < TIME_GOAL_MS;
    if (format === "xlsx") failed ||= !ok;
    console.log(`${format.padEnd(9)} ${String(n).padStart(7)} ${(sink.bytes() / MiB).toFixed(1).padStart(7)} MiB ${ms.toFixed(0).padStart(6)} ms ${(peak / MiB).toFixed(0).padStart(6)} MiB ${n === 100_000 ? (ok ? "ok" : "MISSED") : ""}`);
  }
}
process.exitCode = failed ? 1 : 0;
