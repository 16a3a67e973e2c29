// The server under load, in its own process so the load generator does not share its event loop
// (as real clients would not). Prints its port as JSON on stdout once listening; then, for each
// "report" line on stdin, the server-side times of edits and approvals since the last report
// (arrival of the request to the last byte sent, which tell the server's own latency from time
// the load generator spent waiting for a CPU) and its CPU per request.
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { PerformanceObserver } from "node:perf_hooks";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { pino } from "pino";
import { createApp } from "../src/app.ts";
import { createAppContext } from "../src/app-context.ts";
import { startAlignPool } from "../src/api/jobs/align-pool.ts";
import { startJobs } from "../src/api/jobs/start-jobs.ts";
import { openDatabase } from "../src/db/index.ts";
import { warmUp, warmUpDatabase } from "../src/warm-up.ts";
import { documentWarmUpWanted, DocumentWarmUp } from "../src/api/pairs/document-warm-up.ts";
import { warmUpReviews } from "../src/warm-up-reviews.ts";
import { epochNow, watchStalls } from "./stall-watch.ts";
import { yieldBackgroundThreads } from "../src/background-threads.ts";

// As main.ts, first thing: only Node's platform threads exist yet.
yieldBackgroundThreads();

const url = process.env["DATABASE_URL"];
if (!url) throw new Error("DATABASE_URL is required");
const db = await openDatabase(url);
// As the real server does before it listens (src/main.ts).
const checkpointer = await db.startUpkeep((err) => { throw err; });
/** From here to listening: the warm-up a start costs (its CPU and wall time, reported with the port). */
const warmUpFrom = { cpu: process.cpuUsage(), at: performance.now() };
warmUp();
// Request logs on, as `pnpm start` has them (LOG_LEVEL info), written to /dev/null rather than the
// terminal; BENCH_LOG=silent leaves them out, BENCH_LOG_FILE=path keeps them.
const logger = pino({ level: process.env["BENCH_LOG"] ?? "info" }, pino.destination({ dest: process.env["BENCH_LOG_FILE"] ?? "/dev/null", sync: false }));
// Jobs as the real server runs them: on SQLite here, aligning in worker threads; on PostgreSQL
// queued for a worker (BENCH_WORK=1 makes this process one too).
const pool = db.engine === "sqlite" ? startAlignPool() : undefined;
const ctx = createAppContext(db, pool ? { align: pool.align } : {});
await startJobs(ctx, { work: process.env["BENCH_WORK"] === "1" });
await warmUpDatabase(ctx);
// BENCH_REHEARSAL=0 leaves out the rehearsed review session, to compare with the start before it.
// As main.ts: PostgreSQL only.
if (db.engine === "postgres" && process.env["BENCH_REHEARSAL"] !== "0") await warmUpReviews(ctx, logger);
// As main.ts; ALINHA_WARM_DOCUMENTS=0 leaves the background warm-up of documents out, to compare.
if (documentWarmUpWanted()) ctx.warmUp = new DocumentWarmUp(ctx);
const app = createApp({ db, ctx, logger });
let times: Record<"edit" | "approve", number[]> = { edit: [], approve: [] };
/** Arrival (epoch ms) and server-side time of each review request that took 50 ms or more. */
let slow: { at: number; ms: number }[] = [];
/** BENCH_REQUEST_CPU=1 (requests sent one at a time): each review request's own CPU, in arrival order. */
const REQUEST_CPU = process.env["BENCH_REQUEST_CPU"] === "1";
let sequence: { kind: "edit" | "approve"; ms: number; cpuMs: number; status: number; gcMs: number; gcKinds: string[] }[] = [];
/** With BENCH_REQUEST_CPU: this process's collections, to charge each request those that ran during it. */
const collections: { at: number; ms: number; kind: number }[] = [];
if (REQUEST_CPU) new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ at: e.startTime, ms: e.duration, kind: (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0 });
  if (collections.length > 10_000) collections.splice(0, 5_000);
}).observe({ entryTypes: ["gc"] });
/**
 * The first seconds of a run, in detail (load.ts prints them by quarter second): each review
 * request's arrival and server-side time, and this process's CPU sampled every 50 ms, from the
 * first review request on.
 */
const EARLY_MS = 3000;
let early: { at: number; ms: number }[] = [];
let cpuTimeline: { at: number; cpuMs: number }[] = [];
let firstAt: number | undefined;
function sampleCpu(): void {
  const c = process.cpuUsage();
  cpuTimeline.push({ at: epochNow(), cpuMs: (c.user + c.system) / 1000 });
  if (firstAt !== undefined && epochNow() < firstAt + EARLY_MS) setTimeout(sampleCpu, 50);
}
const stallReport = watchStalls();
/** CPU the server spent from the first review request on, a cost per request that noise on a shared machine moves less than latency. */
let cpuFrom: NodeJS.CpuUsage | undefined;
/**
 * CPU ticks (Linux's USER_HZ, 100 a second) of each of this process's threads other than the main
 * one (V8's platform threads, where TurboFan compiles and the GC marks and sweeps; libuv's pool,
 * where log lines are written; on SQLite the idle align workers), keyed by thread id and start
 * time (a thread that ends takes its ticks with it, and its id may be reused), or undefined where
 * /proc cannot be read. On a fresh process the compiles the real load sets off run there (session
 * 18: ~20 % of the API's CPU in the first paced run, ~3 % in the third), a cost of the process's
 * first minute, not of every request: this tells the two apart.
 */
function backgroundTicks(): Map<string, number> | undefined {
  try {
    const ticks = new Map<string, number>();
    for (const tid of readdirSync("/proc/self/task")) {
      if (Number(tid) === process.pid) continue;
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): utime, stime and starttime are the 12th, 13th and 20th.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks.set(`${tid}@${fields[19]}`, Number(fields[11]) + Number(fields[12]));
    }
    return ticks;
  } catch {
    return undefined;
  }
}
/** CPU ms the other threads used since `from` (threads started since count whole; ended ones are lost). */
function backgroundMsSince(from: Map<string, number> | undefined): number | undefined {
  const now = backgroundTicks();
  if (!now || !from) return undefined;
  let ticks = 0;
  for (const [thread, used] of now) ticks += used - (from.get(thread) ?? 0);
  return ticks * 10;
}
let backgroundFrom: Map<string, number> | undefined;
let reviewRequests = 0;

const server = createServer((req, res) => {
  const started = performance.now();
  const kind = req.method === "PATCH" ? "edit" : req.url?.endsWith("/approve") ? "approve" : undefined;
  if (kind) {
    if (firstAt === undefined) {
      firstAt = performance.timeOrigin + started;
      sampleCpu();
    }
    if (cpuFrom === undefined) {
      cpuFrom = process.cpuUsage();
      backgroundFrom = backgroundTicks();
    }
    reviewRequests++;
    const cpuAt = REQUEST_CPU ? process.cpuUsage() : undefined;
    res.on("finish", () => {
      const ms = performance.now() - started;
      if (cpuAt) {
        const c = process.cpuUsage(cpuAt);
        const during = collections.filter((g) => g.at >= started && g.at < started + ms);
        sequence.push({ kind, ms, cpuMs: (c.user + c.system) / 1000, status: res.statusCode, gcMs: during.reduce((sum, g) => sum + g.ms, 0), gcKinds: during.map((g) => ({ 1: "scavenge", 2: "mark-sweep", 4: "incremental", 8: "weak" } as Record<number, string>)[g.kind] ?? String(g.kind)) });
      }
      times[kind].push(ms);
      if (ms >= 50) slow.push({ at: performance.timeOrigin + started, ms });
      if (performance.timeOrigin + started < firstAt! + EARLY_MS) early.push({ at: performance.timeOrigin + started, ms });
    });
  }
  app(req, res);
});
server.listen(0, "127.0.0.1", () => {
  const cpu = process.cpuUsage(warmUpFrom.cpu);
  const warmUpMs = { wall: performance.now() - warmUpFrom.at, cpu: (cpu.user + cpu.system) / 1000 };
  process.stdout.write(JSON.stringify({ port: (server.address() as AddressInfo).port, warmUpMs }) + "\n");
});
process.on("SIGTERM", () => {
  server.close(() => void (checkpointer?.stop() ?? Promise.resolve()).then(() => db.close()).then(() => process.exit(0)));
  server.closeAllConnections();
});
for await (const line of createInterface({ input: process.stdin })) {
  if (line === "settle") {
    // Once the background warm-up of imported documents is done (its CPU is then charged to no request).
    await ctx.warmUp?.idle();
    process.stdout.write(JSON.stringify({ warmed: ctx.warmUp?.checked ?? 0 }) + "\n");
    continue;
  }
  if (line !== "report") continue;
  const cpu = process.cpuUsage(cpuFrom);
  const background = backgroundMsSince(backgroundFrom);
  const backgroundMsPerRequest = background !== undefined ? background / Math.max(1, reviewRequests) : null;
  process.stdout.write(JSON.stringify({ times, cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, reviewRequests), systemMsPerRequest: cpu.system / 1000 / Math.max(1, reviewRequests), backgroundMsPerRequest, stalls: stallReport(), slow, now: epochNow(), early, cpuTimeline, warmed: ctx.warmUp?.checked ?? 0, ...(REQUEST_CPU ? { sequence } : {}) }) + "\n");
  times = { edit: [], approve: [] };
  slow = [];
  sequence = [];
  early = [];
  cpuTimeline = [];
  firstAt = undefined;
  cpuFrom = undefined;
  backgroundFrom = undefined;
  reviewRequests = 0;
}
