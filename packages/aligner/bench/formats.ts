/**
 * Export and import speed and memory of every bitext format. Goal (issue 15): 100,000 pairs in
 * under 2 s with flat memory. Each figure comes from a fresh process (bench/format-run.ts) at
 * 10,000 and at 100,000 pairs: the median wall and CPU time over its runs, its peak RSS over the
 * RSS it had once warmed up, and (one more run, with full collections ten times during it) the
 * most memory that was live at once. Flat means what is live does not grow with the document: an
 * export streams, so its live memory at 100k should be within FLAT_LIMIT_MIB of that at 10k. The
 * peak RSS is printed too; it also holds garbage the collector has not yet needed to free (Buffers
 * are collected late), so it is not what flatness is judged on. An import streams: each pair goes
 * to a sink as its unit is read (streamImportFile). The timed runs keep them, as the API does (it
 * checks the document as a whole before storing it, so that a refused file stores nothing), so
 * their peak RSS grows with the pairs kept ("result holds"); the memory run lets each pair go, and
 * its live memory, beside the input file's bytes, is the reader's own: flat when it does not grow
 * from 10k to 100k by FLAT_LIMIT_MIB. A file of any of these formats, in UTF-8, UTF-16 or
 * Windows-1252 (a UTF-16 TMX and a cp1252 CSV are imported too), is decoded a chunk at a time
 * (chunked-document.ts; CSV through csv-parse's streaming parser, read-csv.ts).
 *
 * Wall time on a shared machine is mostly waiting for a core: the CPU time is printed beside it,
 * with the load average. Run: pnpm --filter @alinha/aligner exec tsx bench/formats.ts
 * [--only=tmx,docx] [--import-only|--export-only]. Exits 1 on a missed goal.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXPORT_FORMATS, type ExportFormat } from "../src/index.ts";

const TIME_GOAL_MS = 2000;
/**
 * Allowed growth of live memory from 10k to 100k pairs. The XLSX and DOCX writers have stream and
 * zlib buffers in flight (up to about a MiB per stage, sampled at whatever moment), which is
 * noise of a few MiB; a writer that held its document would add all of it: 45 to 60 MiB of XML at
 * 100k pairs for XLSX and DOCX, 50 MiB for TMX.
 */
const FLAT_LIMIT_MIB = 8;
/** Busier than its cores, a machine's wall time is mostly waiting: then CPU time is judged, and the verdict says so. */
const busy = () => loadavg()[0]! > availableParallelism();
const verdictOf = (wallMs: number, cpuMs: number) => (wallMs < TIME_GOAL_MS ? "ok" : busy() && cpuMs < TIME_GOAL_MS ? "ok on CPU time (machine busy)" : "MISSED");
const SIZES = [10_000, 100_000] as const;
const RUNS: Record<number, number> = { 10_000: 5, 100_000: 3 };
/** What is imported: each format in UTF-8, and two in the other encodings import reads (also decoded a chunk at a time). */
const IMPORTS: { format: ExportFormat; encoding?: "utf-16le" | "windows-1252" }[] = [
  ...(["tmx", "xliff", "xliff12", "po", "tsv", "csv"] as const).map((format) => ({ format })),
  { format: "tmx", encoding: "utf-16le" },
  { format: "csv", encoding: "windows-1252" },
];

const MiB = 2 ** 20;

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith("--only="))?.slice(7).split(",");
const wanted = (f: ExportFormat) => only === undefined || only.includes(f);
const child = fileURLToPath(new URL("format-run.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "alinha-formats-"));

interface Run {
  wallMs: number[];
  cpuMs: number[];
  size: number;
  inputBytes: number;
  rssGrowth: number;
  liveGrowth: number;
  heldBytes: number;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const run = (...a: string[]) => JSON.parse(execFileSync(tsx, [child, ...a], { encoding: "utf8", maxBuffer: 2 ** 24 }).trim().split("\n").at(-1)!) as Run;
const mib = (b: number) => `${(b / MiB).toFixed(1).padStart(6)} MiB`;

let failed = false;
console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores; medians of ${RUNS[10_000]} runs (10k) and ${RUNS[100_000]} (100k), each size in a fresh process`);

if (!args.includes("--import-only")) {
  console.log("\nexport      pairs    wall      cpu        output   peak RSS growth   live memory growth");
  for (const format of EXPORT_FORMATS.filter(wanted)) {
    const rows = SIZES.map((n) => ({ n, ...run("export", format, String(n), String(RUNS[n])) }));
    for (const r of rows) {
      console.log(`${format.padEnd(10)} ${String(r.n).padStart(7)} ${median(r.wallMs).toFixed(0).padStart(6)} ms ${median(r.cpuMs).toFixed(0).padStart(6)} ms ${mib(r.size)} ${mib(r.rssGrowth)}        ${mib(r.liveGrowth)}`);
    }
    const [small, large] = rows as [(typeof rows)[0], (typeof rows)[0]];
    const growth = (large.liveGrowth - small.liveGrowth) / MiB;
    const rssGrowth = (large.rssGrowth - small.rssGrowth) / MiB;
    const time = verdictOf(median(large.wallMs), median(large.cpuMs));
    const flat = growth < FLAT_LIMIT_MIB;
    failed ||= time === "MISSED" || !flat;
    console.log(
      `${format.padEnd(10)} ${time}${flat ? "" : ", memory NOT FLAT"}: 100k in ${median(large.wallMs).toFixed(0)} ms (cpu ${median(large.cpuMs).toFixed(0)}; goal < ${TIME_GOAL_MS});` +
        ` live memory ${growth >= 0 ? "+" : ""}${growth.toFixed(1)} MiB from 10k to 100k (flat: < +${FLAT_LIMIT_MIB}), peak RSS ${rssGrowth >= 0 ? "+" : ""}${rssGrowth.toFixed(1)} MiB`,
    );
  }
}

if (!args.includes("--export-only")) {
  console.log("\nimport      pairs    wall      cpu         input   peak RSS growth   result holds   reader's own live memory");
  for (const { format, encoding } of IMPORTS.filter((i) => wanted(i.format))) {
    const rows = SIZES.map((n) => {
      const file = join(dir, `${format}-${encoding ?? "utf-8"}-${n}`);
      execFileSync(tsx, [child, "make", format, String(n), file, ...(encoding ? [encoding] : [])]);
      return { n, ...run("import", format, String(n), String(RUNS[n]), file, ...(encoding ? [encoding] : [])) };
    });
    const name = encoding === undefined ? format : `${format} ${encoding === "utf-16le" ? "utf16" : "1252"}`;
    for (const r of rows) {
      console.log(
        `${name.padEnd(10)} ${String(r.n).padStart(7)} ${median(r.wallMs).toFixed(0).padStart(6)} ms ${median(r.cpuMs).toFixed(0).padStart(6)} ms ${mib(r.inputBytes)} ${mib(r.rssGrowth)}        ${mib(r.heldBytes)}    ${mib(r.liveGrowth)}`,
      );
    }
    const [small, large] = rows as [(typeof rows)[0], (typeof rows)[0]];
    const time = verdictOf(median(large.wallMs), median(large.cpuMs));
    const growth = (large.liveGrowth - small.liveGrowth) / MiB;
    const flat = growth < FLAT_LIMIT_MIB;
    const perPair = (large.heldBytes / large.n).toFixed(0);
    failed ||= time === "MISSED" || !flat;
    console.log(
      `${name.padEnd(10)} ${time}${flat ? "" : ", memory NOT FLAT"}: 100k in ${median(large.wallMs).toFixed(0)} ms (cpu ${median(large.cpuMs).toFixed(0)}; goal < ${TIME_GOAL_MS});` +
        ` kept, the pairs take ${perPair} B each; the reader's own live memory ${growth >= 0 ? "+" : ""}${growth.toFixed(1)} MiB from 10k to 100k (flat: < +${FLAT_LIMIT_MIB})`,
    );
  }
}
rmSync(dir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
