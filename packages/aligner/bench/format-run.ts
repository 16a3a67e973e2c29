/**
 * One measurement for bench/formats.ts, in a process of its own so that its peak RSS is its own:
 * `tsx bench/format-run.ts export|import FORMAT PAIRS RUNS [FILE [ENCODING]]`. Prints one JSON line: wall and
 * CPU time of each run, the peak RSS over the baseline taken after a warm-up (the warm-up JITs the
 * code and makes the libraries' one-time allocations), and for an import the heap its result
 * holds. An import reads FILE, which `tsx bench/format-run.ts make FORMAT PAIRS FILE [ENCODING]` wrote (UTF-8, or utf-16le, windows-1252) (made
 * in another process, so that building it leaves no peak in this one).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Writable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { streamImportFile, serializeBitext, writeBinaryBitext, type BinaryBitextFormat, type BitextFormat, type BitextMeta, type ExportFormat } from "../src/index.ts";
import { decodeWindows1252 } from "../src/normalize/windows-1252.ts";
import type { BitextPair, PairStatus } from "../src/types.ts";

const [direction, format, countArg, runsArg, fileArg, encodingArg] = process.argv.slice(2) as ["export" | "import" | "make", ExportFormat, string, string, string, string | undefined];
/** The encoding an import's file is written in: UTF-8 unless given (`make` takes it in fileArg's place). */
const encoding = (direction === "make" ? fileArg : encodingArg) ?? "utf-8";
const count = Number(countArg);
const runs = Number(runsArg);
const BINARY = new Set<ExportFormat>(["xlsx", "docx", "docx-side"]);
const STATUSES: PairStatus[] = ["new", "edited", "confirmed", "approved", "rejected"];
const META: BitextMeta = { title: "Benchmark", variant: "pt-BR", scope: "all", toolVersion: "bench" };

/** Realistic sentences with what makes escaping work: XML specials, accents, emoji; flags, notes, omissions. */
function* pairs(n: number): Generator<BitextPair> {
  for (let i = 0; i < n; i++) {
    if (sampler !== undefined && i % sampler.every === 0) sampler.sample();
    yield {
      id: `pair-${i}`,
      en: `Sentence ${i}: Noah Smith said "R&D <costs> rose 5%" 😀 and left.`,
      pt: direction === "export" && i % 50 === 0 ? "" : `Frase ${i}: Noé Smith disse "custos de P&D <subiram> 5%" 😀 e saiu.`,
      status: STATUSES[i % STATUSES.length] ?? "new",
      version: 1 + (i % 3),
      paragraph: Math.floor(i / 5),
      notes: i % 10 === 0 ? [`Nota ${i}\tcom tab`] : undefined,
      flags:
        direction === "export" && i % 7 === 0
          ? [{ code: "entity.mismatch", family: "entity", severity: "error", start: 0, end: 3, text: "Noé", message: "Name differs.", suggestion: "Noah" }]
          : undefined,
      createdAt: new Date(1_700_000_000_000 + i * 1000),
    };
  }
}

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
/**
 * Heap and Buffers still reachable: what the run keeps alive, whatever the collector's timing.
 * Two collections: after one, the backing stores of Buffers it found dead may still be counted
 * as external memory (they are swept concurrently), which made a reader that allocates a Buffer
 * per chunk (CSV: csv-parse takes bytes) look as if it held 3 to 7 MiB more at 100k pairs.
 */
const live = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};
/** Set for the one memory run: samples what is live ten times while the pairs are read. */
let sampler: { every: number; sample: () => void } | undefined;

/** A sink that counts bytes, as an HTTP response or a file stream takes them. */
function countingSink(): { stream: Writable; bytes: () => number } {
  let n = 0;
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      n += chunk.length;
      done();
    },
  });
  return { stream, bytes: () => n };
}

async function exportOnce(n: number): Promise<number> {
  if (BINARY.has(format)) {
    const sink = countingSink();
    await writeBinaryBitext(format as BinaryBitextFormat, pairs(n), META, sink.stream);
    return sink.bytes();
  }
  let chars = 0;
  for (const chunk of serializeBitext(format as BitextFormat, pairs(n), META)) chars += chunk.length;
  return chars;
}

/** cp1252's byte for each character it has; the others (emoji) are written "?". */
const CP1252 = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  const cp = decodeWindows1252(Uint8Array.of(b));
  if ("text" in cp) CP1252.set(cp.text, b);
}
function encode(text: string): Buffer {
  if (encoding === "utf-16le") return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  if (encoding === "windows-1252") return Buffer.from(Array.from(text.replace(/\p{Extended_Pictographic}/gu, "?"), (c) => CP1252.get(c) ?? 0x3f));
  return Buffer.from(text);
}
const fileOf = (n: number) => encode([...serializeBitext(format as BitextFormat, pairs(n), META)].join(""));
if (direction === "make") {
  writeFileSync(runsArg, fileOf(count));
  process.exit(0);
}

let input: Buffer | undefined;
let result: unknown;
/**
 * An import streams its pairs to a sink: the timed runs keep them (as the API does, to check and
 * store the document in one transaction), the memory run lets each go, so that what it measures
 * is the reader's own memory.
 */
let keepPairs = true;
async function once(n: number): Promise<number> {
  if (direction === "export") return exportOnce(n);
  const kept: BitextPair[] = [];
  let seen = 0;
  const read = streamImportFile(n === count ? input! : fileOf(n), (pair) => {
    if (sampler !== undefined && seen % sampler.every === 0) sampler.sample();
    seen++;
    if (keepPairs) kept.push(pair);
  });
  if (read.kind !== "bitext" || seen !== n) throw new Error(`${format}: read ${read.kind === "bitext" ? seen : read.kind} of ${n} pairs`);
  result = kept;
  return n;
}

await once(Math.min(count, 2000)); // warm-up
if (direction === "import") input = readFileSync(fileArg);
result = undefined;
gc();
const baseline = process.memoryUsage().rss;
const wallMs: number[] = [];
const cpuMs: number[] = [];
let size = 0;
let heldBytes = 0;
for (let r = 0; r < runs; r++) {
  result = undefined;
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const start = performance.now();
  size = await once(count);
  wallMs.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpuMs.push((used.user + used.system) / 1000);
  if (direction === "import") {
    gc();
    heldBytes = process.memoryUsage().heapUsed - heapBefore;
  }
}
const peak = process.resourceUsage().maxRSS * 1024;
// One more run, for memory alone (its full collections would slow the timed runs): the most that
// was live at once while the pairs went through, over what was live before.
let liveGrowth = 0;
{
  result = undefined;
  keepPairs = false;
  const before = live();
  let most = before;
  sampler = { every: Math.max(1, Math.floor(count / 10)), sample: () => (most = Math.max(most, live())) };
  await once(count);
  sampler = undefined;
  liveGrowth = most - before;
}
console.log(
  JSON.stringify({
    wallMs,
    cpuMs,
    size,
    inputBytes: input?.length ?? 0,
    rssGrowth: peak - baseline,
    liveGrowth,
    heldBytes,
  }),
);
