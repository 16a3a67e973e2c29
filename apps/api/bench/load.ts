// `pnpm bench`: 50 clients editing and approving pairs on loopback for 20 s (BENCH_DURATION or
// --duration to change it), then proof that nothing was lost or written twice. Also times the
// import of the largest built-in document.
//
// Two runs of the 50 clients. Paced: together they send BENCH_RATE requests a second (default
// 400: eight a second per client, where a reviewer saving or confirming a segment every four
// seconds sends a quarter of one), the latency a team sees however busy it is. Saturation: each
// client sends its next request the moment the last is answered, which finds the server's
// capacity; latency there is mostly queueing by construction (50 clients / throughput).
//
// `--engine postgres` (or BENCH_ENGINE=postgres) runs the same on the team server as issue 14
// sets it up: PostgreSQL (BENCH_POSTGRES_URL, or a throwaway cluster the bench starts), two API
// processes with the clients spread over them as a load balancer would, and one `worker`.
//
// BENCH_NODE_OPTIONS passes Node/V8 options to the API processes (profilers, GC flags);
// BENCH_SERVER_DIR serves an earlier build instead of building this one (an A/B in the same
// conditions); BENCH_RUNS lists the runs in order (paced,paced: the second on warmed servers).
//
// Each edit carries a unique tag in its text (each approval in its comment), so afterwards every
// Edit row can be traced to the request that wrote it: a 200 must have exactly one row, a 409
// none, and a request cut off by the end of the run at most one.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { getDocument, listDocuments } from "@alinha/corpus";
import autocannon from "autocannon";
import { benchDatabase, BENCH_USER, postgresUnavailable, type BenchEngine } from "./bench-database.ts";
import { runPacedClients } from "./paced-clients.ts";
import { buildShippedServer, prebuiltServer } from "./shipped-server.ts";
import { autogroup, killOnExit, OWN_SESSION } from "./own-session.ts";
import { openDatabase } from "../src/db/index.ts";
import { describeStalls, watchStalls, type Pause, type StallReport } from "./stall-watch.ts";

// `pnpm bench -- --duration 10` passes the "--" through; it is not an argument of ours.
const { values: args } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== "--"), options: { duration: { type: "string" }, connections: { type: "string" }, pairs: { type: "string" }, rate: { type: "string" }, engine: { type: "string" } } });
const ENGINE = (args.engine ?? process.env["BENCH_ENGINE"] ?? "sqlite") as BenchEngine;
const DURATION_S = Number(args.duration ?? process.env["BENCH_DURATION"] ?? 20);
const CONNECTIONS = Number(args.connections ?? process.env["BENCH_CONNECTIONS"] ?? 50);
/**
 * Pairs shared by all clients, taken in turn: few enough that a pair often comes round again
 * while an earlier request on it is still in flight, so the 409 path is exercised under load
 * too, not only the happy one.
 */
const PAIR_POOL = Number(args.pairs ?? process.env["BENCH_PAIRS"] ?? 60);
/** Requests a second from all clients together in the paced run. */
const RATE = Number(args.rate ?? process.env["BENCH_RATE"] ?? 400);
/** The goals from the issues: paced p99 under 100 ms on one SQLite process, under 50 ms on the team server (issue 14). */
const GOAL_EDIT_P99_MS = ENGINE === "postgres" ? 50 : 100;
/** API processes: one embedded server, or two behind a (simulated) load balancer on PostgreSQL. */
const API_PROCESSES = ENGINE === "postgres" ? 2 : 1;
const GOAL_IMPORT_MS = 1000;
/**
 * The first seconds of a run, reported apart as well: 50 connections opening at once and code
 * not yet optimised by V8 made the first requests wait up to ~130 ms. The goal is judged on the
 * whole run, these seconds included (users meet a server's first seconds too); the figure
 * without them is printed beside it, labelled, to tell a start-up cost from steady latency.
 * Runs last this much longer than the duration asked for.
 */
const WARM_UP_MS = 2000;
/** Imports timed before the load (BENCH_IMPORT_RUNS; at least one: the load edits its document). */
const IMPORT_RUNS = Math.max(1, Number(process.env["BENCH_IMPORT_RUNS"] ?? 3));

type Kind = "edit" | "approve";
interface Outcome { kind: Kind; pairId: string; status: number }

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

if (ENGINE === "postgres" && postgresUnavailable()) {
  console.log(`load (postgres): skipped: ${postgresUnavailable()}`);
  process.exit(0);
}
const database = await benchDatabase(ENGINE);
const url = database.url;
const db = await openDatabase(url);
const prisma = db.prisma;

interface ApiProcess { child: ChildProcess; lines: AsyncIterator<string>; base: string; warmUpMs?: { wall: number; cpu: number } }
const children: ChildProcess[] = [];
// Never left running, whatever happens to this script.
killOnExit(children);
// The server as it ships (esbuild, es2023), not as tsx compiles it: see shipped-server.ts.
// BENCH_SERVER_DIR: a server built earlier (a copy of node_modules/.cache/alinha-bench-server), to
// compare an old build with the new one in the same conditions, one run after the other.
const shipped = process.env["BENCH_SERVER_DIR"] ? prebuiltServer(process.env["BENCH_SERVER_DIR"]) : await buildShippedServer();
/**
 * Node options for the API processes: BENCH_PROFILE=dir writes a CPU profile of each to dir;
 * BENCH_NODE_OPTIONS adds any others (e.g. `--perf-basic-prof` for `perf record`), split on spaces.
 */
const API_NODE_OPTIONS = [
  ...(process.env["BENCH_PROFILE"] ? ["--cpu-prof", `--cpu-prof-dir=${process.env["BENCH_PROFILE"]}`] : []),
  ...(process.env["BENCH_NODE_OPTIONS"]?.split(/\s+/).filter(Boolean) ?? []),
];
async function startApi(): Promise<ApiProcess> {
  // BENCH_TIMESTAMPS=1: epoch times of each start and run, to line up a V8 log (`--logfile`, times from the process's start).
  if (process.env["BENCH_TIMESTAMPS"] === "1") console.log(`API process spawned at ${Date.now()}`);
  const child = spawn(process.execPath, [...API_NODE_OPTIONS, shipped.serve], {
    env: { ...process.env, DATABASE_URL: url }, stdio: ["pipe", "pipe", "inherit"], ...OWN_SESSION,
  });
  children.push(child);
  // Only its JSON lines: V8's diagnostic flags (BENCH_NODE_OPTIONS) write to stdout too.
  const lines = (async function* () {
    for await (const line of createInterface({ input: child.stdout! })) if (line.startsWith("{")) yield line;
  })();
  const first = await lines.next();
  const { port, warmUpMs } = JSON.parse(first.value as string) as { port: number; warmUpMs?: { wall: number; cpu: number } };
  return { child, lines, base: `http://127.0.0.1:${port}`, ...(warmUpMs ? { warmUpMs } : {}) };
}
const apis = await Promise.all(Array.from({ length: API_PROCESSES }, startApi));
/** When the API processes were all listening: connections PostgreSQL opened before it were opened at start-up. */
const listeningAt = new Date();
// What each start cost before it listened (warm-up.ts, warm-up-reviews.ts): the price of the first seconds' figures.
console.log(`API processes warmed up before listening: ${apis.map((a) => (a.warmUpMs ? `${(a.warmUpMs.wall / 1000).toFixed(1)} s (CPU ${(a.warmUpMs.cpu / 1000).toFixed(1)} s)` : "?")).join(", ")}`);
if (ENGINE === "postgres") {
  // The team's job worker: imports run there, not in the API processes.
  children.push(spawn(process.execPath, [shipped.worker], {
    env: { ...process.env, DATABASE_URL: url, ALINHA_SKIP_SETUP: "1", LOG_LEVEL: "warn" }, stdio: ["ignore", "inherit", "inherit"], ...OWN_SESSION,
  }));
}
const bases = apis.map((a) => a.base);
const base = bases[0]!;
const login = await fetch(`${base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: BENCH_USER.username, password: BENCH_USER.password }) });
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
const headers = { cookie, "content-type": "application/json" };

// --- import timing -------------------------------------------------------------------------
const largest = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => b.pt.length - a.pt.length)[0]!;
const importMs: number[] = [];
let documentId = "";
for (let run = 0; run < IMPORT_RUNS; run++) {
  const started = performance.now();
  // An import is a job (202); timed until the job reports its document.
  const res = await fetch(`${base}/api/documents`, { method: "POST", headers, body: JSON.stringify({ title: largest.meta.title, pt: largest.pt, en: largest.en }) });
  if (res.status !== 202) throw new Error(`import failed: ${res.status}`);
  const { job } = (await res.json()) as { job: { id: string; documentId: string } };
  for (;;) {
    const state = ((await (await fetch(`${base}/api/jobs/${job.id}`, { headers })).json()) as { job: { state: string } }).job.state;
    if (state === "succeeded") break;
    if (state === "failed") throw new Error("import job failed");
    await new Promise((r) => setTimeout(r, 10));
  }
  importMs.push(performance.now() - started);
  documentId ||= job.documentId;
}
console.log(`import of "${largest.meta.id}" (${largest.pt.length.toLocaleString()} + ${largest.en.length.toLocaleString()} chars, through HTTP, alignment and checks included, server warmed up as at start):`);
console.log(`  ${importMs.map((ms, i) => `${i === 0 ? "first" : "again"} ${ms.toFixed(0)} ms`).join(", ")}  (goal < ${GOAL_IMPORT_MS} ms: ${importMs.every((ms) => ms < GOAL_IMPORT_MS) ? "met" : importMs.some((ms) => ms < GOAL_IMPORT_MS) ? "met only after the first" : "NOT met"})`);

// --- load ------------------------------------------------------------------------------------
// Reviewers open a document some time after its import is announced, not in the same millisecond:
// meanwhile each API process checks its first pairs in the background (document-warm-up.ts). The
// bench waits this long (BENCH_SETTLE_MS) before the clients start, as first-requests.ts does.
const SETTLE_MS = Number(process.env["BENCH_SETTLE_MS"] ?? 1000);
await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
console.log(`the clients start ${SETTLE_MS} ms after the import's job reported success (BENCH_SETTLE_MS)`);
const pool = await prisma.pair.findMany({ where: { documentId, removed: false, NOT: { ptText: "" } }, orderBy: { index: "asc" }, take: PAIR_POOL, select: { id: true, ptText: true, version: true } });
const known = pool.map((p) => ({ ...p }));
let tagCounter = 0;

function tag(): string {
  return `⟦b${(tagCounter++).toString(36)}⟧`;
}

/** One API process's first seconds of a run (serve.ts): review requests' arrival and server-side time, its CPU sampled every 50 ms. */
interface EarlyReport { early: Pause[]; cpuTimeline: { at: number; cpuMs: number }[] }
interface ServerReport { times: Record<Kind, number[]>; cpuMsPerRequest: number; systemMsPerRequest: number; backgroundMsPerRequest: number | null; stalls: StallReport[]; slow: Pause[]; early: EarlyReport[]; warmed: number[] }

/**
 * CPU seconds the PostgreSQL backends serving the bench's database have used so far (user + system,
 * from /proc: the server must be on this machine), or undefined where that cannot be read. The
 * API's CPU per request is only part of what a request costs the machine: PostgreSQL and the
 * load generator share its cores.
 */
async function postgresCpuS(): Promise<number | undefined> {
  if (ENGINE !== "postgres") return undefined;
  try {
    const rows = await prisma.$queryRawUnsafe<{ pid: number }[]>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    const ticks = (pid: number) => {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return Number(fields[11]) + Number(fields[12]);
    };
    // Linux's USER_HZ, 100 on every architecture Node runs on.
    return rows.reduce((sum, r) => sum + ticks(Number(r.pid)), 0) / 100;
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL's own background work on the review tables (autovacuum, autoanalyze) since `since`:
 * each run is a burst of work in the server the API waits on, to set beside the slow seconds.
 */
async function postgresUpkeep(since: Date): Promise<string | undefined> {
  if (ENGINE !== "postgres") return undefined;
  const rows = await prisma.$queryRawUnsafe<{ relname: string; v: Date | null; a: Date | null }[]>(
    `SELECT relname::text AS relname, last_autovacuum AS v, last_autoanalyze AS a FROM pg_stat_user_tables WHERE schemaname = 'public'`);
  const at = (d: Date) => `${((d.getTime() - since.getTime()) / 1000).toFixed(1)} s`;
  const runs = rows.flatMap((r) => [
    ...(r.v && r.v >= since ? [`vacuum ${r.relname} at ${at(r.v)}`] : []),
    ...(r.a && r.a >= since ? [`analyze ${r.relname} at ${at(r.a)}`] : []),
  ]);
  return runs.length ? runs.join(", ") : "none";
}

/**
 * Connections to the bench's database that PostgreSQL opened since `since` and still holds, by when
 * (seconds into the run), and how many it holds in all. Each is a new server process with cold
 * caches whose statements are parsed, planned and prepared afresh (pg-sql.ts): a pool that opens
 * its connections under load pays that in the run's first seconds.
 */
async function postgresConnections(since: Date): Promise<string | undefined> {
  if (ENGINE !== "postgres") return undefined;
  const rows = await prisma.$queryRawUnsafe<{ started: Date }[]>(
    `SELECT backend_start AS started FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`);
  const opened = rows.filter((r) => r.started >= since).map((r) => (r.started.getTime() - since.getTime()) / 1000).sort((a, b) => a - b);
  const atStart = rows.filter((r) => r.started < listeningAt).length;
  return `${opened.length} opened during the run${opened.length ? ` (at ${opened.map((s) => s.toFixed(2)).join(" ")} s)` : ""}, ${rows.length - opened.length - atStart} between the API processes' start and the run, ${atStart} before they listened`;
}

/** The API processes' own figures since the last report, all processes together. */
async function serverReport(): Promise<ServerReport> {
  const reports = await Promise.all(apis.map(async (api) => {
    api.child.stdin!.write("report\n");
    return JSON.parse((await api.lines.next()).value as string) as { times: Record<Kind, number[]>; cpuMsPerRequest: number; systemMsPerRequest: number; backgroundMsPerRequest: number | null; stalls: StallReport; slow: Pause[]; warmed: number } & EarlyReport;
  }));
  return {
    times: { edit: reports.flatMap((r) => r.times.edit), approve: reports.flatMap((r) => r.times.approve) },
    cpuMsPerRequest: reports.reduce((sum, r) => sum + r.cpuMsPerRequest, 0) / reports.length,
    systemMsPerRequest: reports.reduce((sum, r) => sum + r.systemMsPerRequest, 0) / reports.length,
    backgroundMsPerRequest: reports.some((r) => r.backgroundMsPerRequest === null) ? null : reports.reduce((sum, r) => sum + r.backgroundMsPerRequest!, 0) / reports.length,
    stalls: reports.map((r) => r.stalls),
    slow: reports.flatMap((r) => r.slow),
    early: reports.map((r) => ({ early: r.early, cpuTimeline: r.cpuTimeline })),
    warmed: reports.map((r) => r.warmed),
  };
}

/** This process's own stalls: the load generator's delays count in the latency it measures. */
const benchStalls = watchStalls();

/**
 * A full collection of this process's heap (the load generator's, never a server's) before each
 * run: it holds the Prisma client, the corpus and the previous run's records, and a collection of
 * them in the middle of a run stalled every client at once (up to ~100 ms), time the latency
 * figures then charged to the servers. Real clients are separate browsers.
 */
function collectOwnGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/** One run of the clients, then the proof that every answer matches what was written. */
async function loadRun(label: string, rate: number | undefined): Promise<boolean> {
  const sent = new Map<string, Outcome>();
  const latency: Record<Kind, number[]> = { edit: [], approve: [] };
  const steadyLatency: Record<Kind, number[]> = { edit: [], approve: [] };
  /** Requests of 50 ms or more: when they were sent (ms into the run) and how long they took. */
  const slowRequests: { at: number; ms: number }[] = [];
  /** Every request sent in the first seconds (ms into the run) and how long it took. */
  const earlyRequests: { at: number; ms: number }[] = [];
  let next = 0;

  function track(kind: Kind, context: Record<string, unknown>, pairIdx: number): string {
    const t = tag();
    context["tag"] = t;
    context["kind"] = kind;
    context["sentAt"] = performance.now();
    sent.set(t, { kind, pairId: known[pairIdx]!.id, status: 0 });
    return t;
  }

  function settle(status: number, body: string, context: Record<string, unknown>, ms?: number): void {
    const outcome = sent.get(context["tag"] as string);
    if (!outcome) return;
    outcome.status = status;
    const sentAt = context["sentAt"] as number;
    const took = ms ?? performance.now() - sentAt;
    latency[outcome.kind].push(took);
    if (sentAt - loadStarted > WARM_UP_MS) steadyLatency[outcome.kind].push(took);
    if (took >= 50) slowRequests.push({ at: sentAt - loadStarted, ms: took });
    if (sentAt - loadStarted < WARM_UP_MS) earlyRequests.push({ at: sentAt - loadStarted, ms: took });
    const pairIdx = context["pairIdx"] as number;
    try {
      const parsed = JSON.parse(body) as { pair?: { version: number }; current?: { version: number } };
      const version = parsed.pair?.version ?? parsed.current?.version;
      if (version !== undefined && version > known[pairIdx]!.version) known[pairIdx]!.version = version;
    } catch { /* a body cut short */ }
  }

  collectOwnGarbage();
  await serverReport(); // starts the server's counts afresh
  benchStalls();
  const pgCpuBefore = await postgresCpuS();
  const benchCpuBefore = process.cpuUsage();
  const startedAt = new Date();
  const loadStarted = performance.now();
  if (process.env["BENCH_TIMESTAMPS"] === "1") console.log(`${label}: started at ${Date.now()}`);
  const editRequest = (context: Record<string, unknown>) => {
    const pairIdx = next++ % known.length;
    context["pairIdx"] = pairIdx;
    const pair = known[pairIdx]!;
    const t = track("edit", context, pairIdx);
    return { method: "PATCH", path: `/api/pairs/${pair.id}`, body: JSON.stringify({ ptText: `${pair.ptText} ${t}`, version: pair.version }) };
  };
  const approveRequest = (context: Record<string, unknown>) => {
    const pairIdx = context["pairIdx"] as number;
    const pair = known[pairIdx]!;
    const t = track("approve", context, pairIdx);
    return { method: "POST", path: `/api/pairs/${pair.id}/approve`, body: JSON.stringify({ version: pair.version, comment: t }) };
  };
  const loadBefore = loadavg()[0]!;
  const result = rate
    ? await runPacedClients({
      bases, headers, clients: CONNECTIONS, rate, durationS: DURATION_S + WARM_UP_MS / 1000,
      // Each client edits a pair, then approves it, and so on, as with autocannon below.
      next: (_client, context) => (context["kind"] === "edit" ? approveRequest : editRequest)(context),
      onResponse: (status, body, context, ms) => settle(status, body, context, ms),
    }).then(({ answered, durationS }) => ({ requests: { total: answered }, duration: durationS, errors: 0, timeouts: 0 }))
    // One autocannon per API process, the connections shared out among them.
    : await Promise.all(bases.map((url, k) => autocannon({
      url,
      connections: Math.floor(CONNECTIONS / bases.length) + (k < CONNECTIONS % bases.length ? 1 : 0),
      duration: DURATION_S + WARM_UP_MS / 1000,
      headers,
      requests: [
        { method: "PATCH", setupRequest: (req, context) => ({ ...req, ...editRequest(context) }), onResponse: (status, body, context) => settle(status, body, context) },
        { method: "POST", setupRequest: (req, context) => ({ ...req, ...approveRequest(context) }), onResponse: (status, body, context) => settle(status, body, context) },
      ],
    }))).then((runs) => ({
      requests: { total: runs.reduce((n, r) => n + (r.requests.total ?? 0), 0) },
      duration: Math.max(...runs.map((r) => r.duration)),
      errors: runs.reduce((n, r) => n + r.errors, 0),
      timeouts: runs.reduce((n, r) => n + r.timeouts, 0),
    }));

  // Requests cut off by the end of the run may still be finishing on the server.
  let last = -1;
  for (;;) {
    const count = await prisma.edit.count({ where: { documentId, createdAt: { gte: startedAt } } });
    if (count === last) break;
    last = count;
    await new Promise((r) => setTimeout(r, 300));
  }
  const { times: serverTimes, cpuMsPerRequest, systemMsPerRequest, backgroundMsPerRequest, stalls: serverStalls, slow: serverSlow, early: serverEarly, warmed } = await serverReport();
  const ownStalls = benchStalls();
  const benchCpu = process.cpuUsage(benchCpuBefore);
  const pgCpuAfter = await postgresCpuS();
  const upkeep = await postgresUpkeep(startedAt);
  const connections = await postgresConnections(startedAt);

  // --- verification ----------------------------------------------------------------------------
  const rows = await prisma.edit.findMany({ where: { documentId, createdAt: { gte: startedAt } }, select: { pairId: true, version: true, action: true, after: true, note: true } });
  const rowsByTag = new Map<string, number>();
  const problems: string[] = [];
  // Approving a pair fills its document's untouched repetitions of its English (issue 16): those
  // "auto-fill" rows are the server's, written by an approval, and carry no tag of their own.
  const autoFilled = rows.filter((r) => r.action === "auto-fill").length;
  for (const row of rows) {
    if (row.action === "auto-fill") continue;
    const text = row.action === "edit" ? row.after : row.note ?? "";
    const tags = [...text.matchAll(/⟦b[0-9a-z]+⟧/g)].map((m) => m[0]);
    const own = row.action === "edit" ? tags.at(-1) : tags[0];
    if (!own) { problems.push(`edit row without a request tag: ${row.pairId} v${row.version} ${row.action}`); continue; }
    rowsByTag.set(own, (rowsByTag.get(own) ?? 0) + 1);
  }
  const counts = { edit: { ok: 0, conflict: 0, other: 0, cutOff: 0, cutOffWritten: 0 }, approve: { ok: 0, conflict: 0, other: 0, cutOff: 0, cutOffWritten: 0 } };
  for (const [t, outcome] of sent) {
    const written = rowsByTag.get(t) ?? 0;
    const c = counts[outcome.kind];
    if (outcome.status === 200) {
      c.ok++;
      if (written !== 1) problems.push(`${outcome.kind} ${t} answered 200 but has ${written} edit rows`);
    } else if (outcome.status === 409) {
      c.conflict++;
      if (written !== 0) problems.push(`${outcome.kind} ${t} answered 409 but has ${written} edit rows`);
    } else if (outcome.status === 0) {
      c.cutOff++;
      c.cutOffWritten += written;
      if (written > 1) problems.push(`${outcome.kind} ${t} (cut off) has ${written} edit rows`);
    } else {
      c.other++;
      if (written !== 0) problems.push(`${outcome.kind} ${t} answered ${outcome.status} but has ${written} edit rows`);
    }
  }
  const editRows = rows.filter((r) => r.action === "edit").length;
  const approveRows = rows.filter((r) => r.action === "approve").length;
  if (editRows !== counts.edit.ok + counts.edit.cutOffWritten) problems.push(`edit rows ${editRows} != successful edits ${counts.edit.ok} + cut-off edits written ${counts.edit.cutOffWritten}`);
  if (approveRows !== counts.approve.ok + counts.approve.cutOffWritten) problems.push(`approve rows ${approveRows} != successful approvals ${counts.approve.ok} + cut-off approvals written ${counts.approve.cutOffWritten}`);

  const histories = await prisma.pair.findMany({ where: { documentId }, select: { id: true, version: true, edits: { select: { version: true }, orderBy: { version: "asc" } } } });
  let gaps = 0;
  for (const pair of histories) {
    const versions = pair.edits.map((e) => e.version);
    const contiguous = versions.every((v, i) => v === i + 1) && versions.length === pair.version;
    if (!contiguous) { gaps++; problems.push(`pair ${pair.id}: versions ${versions.join(",")} but pair at v${pair.version}`); }
  }

  const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
  const fmt = (a: number[]) => { const s = sorted(a); return `p50 ${percentile(s, 50).toFixed(1)} ms, p99 ${percentile(s, 99).toFixed(1)} ms`; };
  const editP99 = percentile(sorted(latency.edit), 99);
  const goal = editP99 < GOAL_EDIT_P99_MS ? "met" : "NOT met";
  const seconds = result.duration;
  console.log(`${label}: ${CONNECTIONS} clients, ${seconds.toFixed(1)} s (${WARM_UP_MS / 1000} s warm-up included), ${known.length} pairs shared (loopback; ${ENGINE === "postgres" ? `PostgreSQL, ${API_PROCESSES} API processes (clients spread over them) and 1 job worker` : "server in its own Node process; SQLite WAL"}; request logs on)`);
  // The machine may be shared: its 1-minute load average before and after the run, beside its ${cpus().length} cores.
  console.log(`  load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores${autogroup() ? " (autogroup on: each server in a session of its own)" : ""}`);
  console.log(`  throughput: ${(result.requests.total ?? 0) / seconds | 0} req/s (${Math.round((counts.edit.ok + counts.approve.ok) / seconds)} successful writes/s); errors ${result.errors}, timeouts ${result.timeouts}`);
  console.log(`  latency, whole run:          edits ${fmt(latency.edit)}  (goal p99 < ${GOAL_EDIT_P99_MS} ms: ${goal}${rate ? "" : "; here latency is mostly time queued behind the other 49 clients"})`);
  console.log(`                               approvals ${fmt(latency.approve)}`);
  console.log(`  without the first ${WARM_UP_MS / 1000} s (not the goal's figure): edits ${fmt(steadyLatency.edit)}; approvals ${fmt(steadyLatency.approve)}`);
  console.log(`  server-side time (request in to response out, queueing inside the server included): edits ${fmt(serverTimes.edit)}; approvals ${fmt(serverTimes.approve)}`);
  console.log(`  server CPU per review request (all its threads, GC included): ${cpuMsPerRequest.toFixed(2)} ms, of which in the kernel ${systemMsPerRequest.toFixed(2)} ms (sockets)`);
  // A fresh process's first run pays for V8 optimising the code the real load reaches, on these
  // threads; a run on warmed servers (BENCH_RUNS=paced,paced) shows what is left per request.
  if (backgroundMsPerRequest !== null) console.log(`    on threads other than the request thread (V8 compiling and collecting, libuv's pool; 10 ms ticks): ${backgroundMsPerRequest.toFixed(2)} ms; on the request thread ${(cpuMsPerRequest - backgroundMsPerRequest).toFixed(2)} ms`);
  // Where a slow request's time went: a stall of the server it was sent to (GC or a long task), of
  // this process, or neither (queued for a CPU, PostgreSQL, the network).
  serverStalls.forEach((r, k) => console.log(`  API ${k + 1} ${describeStalls("", r).slice(2)}`));
  console.log(`  pairs checked ahead in the background (document-warm-up.ts) so far, per API process: ${warmed.join(", ")}`);
  console.log(`  load generator${describeStalls("", ownStalls)}`);
  const runStart = performance.timeOrigin + loadStarted;
  const overlaps = (s: { at: number; ms: number }, pauses: Pause[]) => pauses.some((p) => p.at < runStart + s.at + s.ms && p.at + p.ms > runStart + s.at);
  const perSecond = Array.from({ length: Math.ceil(seconds) }, (_, i) => slowRequests.filter((s) => Math.floor(s.at / 1000) === i).length);
  const serverPauses = serverStalls.flatMap((r) => r.stalls);
  if (upkeep) console.log(`  PostgreSQL's autovacuum during the run (last run per table, from the run's start): ${upkeep}`);
  if (connections) console.log(`  PostgreSQL connections: ${connections}`);
  console.log(`  requests ≥ 50 ms: ${slowRequests.length} (${slowRequests.filter((s) => s.at < WARM_UP_MS).length} sent in the first ${WARM_UP_MS / 1000} s), per second of the run: ${perSecond.join(" ")}`);
  console.log(`    of them during a server stall ≥ 20 ms: ${slowRequests.filter((s) => overlaps(s, serverPauses)).length}; during a load-generator stall: ${slowRequests.filter((s) => overlaps(s, ownStalls.stalls)).length}; server-side ≥ 50 ms: ${serverSlow.length}`);
  printFirstSeconds(earlyRequests, serverEarly, serverStalls, ownStalls, runStart);
  const answered = result.requests.total ?? 0;
  const pgMs = pgCpuBefore !== undefined && pgCpuAfter !== undefined ? ((pgCpuAfter - pgCpuBefore) * 1000) / Math.max(1, answered) : undefined;
  console.log(`  beside it, per request: ${pgMs !== undefined ? `PostgreSQL backends ${pgMs.toFixed(2)} ms, ` : ""}the load generator (this process) ${((benchCpu.user + benchCpu.system) / 1000 / Math.max(1, answered)).toFixed(2)} ms`);
  console.log(`  edits:     ${counts.edit.ok} ok, ${counts.edit.conflict} 409, ${counts.edit.other} other, ${counts.edit.cutOff} cut off by the end (${counts.edit.cutOffWritten} of them written); edit rows ${editRows}`);
  console.log(`  approvals: ${counts.approve.ok} ok, ${counts.approve.conflict} 409, ${counts.approve.other} other, ${counts.approve.cutOff} cut off by the end (${counts.approve.cutOffWritten} of them written); approve rows ${approveRows}`);
  console.log(`  history: ${histories.length} pairs checked, ${gaps} with a gap in their versions; ${autoFilled} auto-fill rows written by approvals`);
  console.log(problems.length === 0 ? "  integrity: OK — no lost, duplicated or phantom edits" : `  integrity: FAILED\n    ${problems.slice(0, 20).join("\n    ")}`);
  return problems.length === 0;
}

/**
 * The first seconds of a run by quarter second (by when a request was sent, or reached a server):
 * where a start-up cost shows, beside what each API process did meanwhile (CPU, stalls, GC).
 */
function printFirstSeconds(client: { at: number; ms: number }[], servers: EarlyReport[], stalls: StallReport[], own: StallReport, runStart: number): void {
  const SLICE_MS = 250;
  const sortedMs = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const p99max = (xs: number[]) => { const s = sortedMs(xs); return xs.length ? `${percentile(s, 99).toFixed(0)}/${s.at(-1)!.toFixed(0)}` : "-"; };
  const overlapMs = (pauses: Pause[], from: number, to: number) => pauses.reduce((sum, p) => sum + Math.max(0, Math.min(p.at + p.ms, to) - Math.max(p.at, from)), 0);
  /** CPU a process used between two epoch times, from its 50 ms samples (linear between them). */
  const cpuBetween = (timeline: { at: number; cpuMs: number }[], from: number, to: number) => {
    const at = (t: number) => {
      const k = timeline.findIndex((s) => s.at >= t);
      if (k <= 0) return k === 0 ? timeline[0]!.cpuMs : timeline.at(-1)?.cpuMs ?? 0;
      const a = timeline[k - 1]!, b = timeline[k]!;
      return a.cpuMs + ((b.cpuMs - a.cpuMs) * (t - a.at)) / Math.max(1e-9, b.at - a.at);
    };
    return timeline.length ? at(to) - at(from) : NaN;
  };
  console.log(`  first ${WARM_UP_MS / 1000} s by quarter second: sent, ≥ 50 ms, client p99/max ms | per API process: arrived, server-side p99/max ms, CPU % of a core, stalls ms, GC ms | load generator stalls ms`);
  for (let from = 0; from < WARM_UP_MS; from += SLICE_MS) {
    const to = from + SLICE_MS;
    const sent = client.filter((r) => r.at >= from && r.at < to);
    const t0 = runStart + from, t1 = runStart + to;
    const perApi = servers.map((s, k) => {
      const arrived = s.early.filter((r) => r.at >= t0 && r.at < t1);
      const cpu = cpuBetween(s.cpuTimeline, t0, t1);
      return `${String(arrived.length).padStart(3)} ${p99max(arrived.map((r) => r.ms)).padStart(7)} ${(100 * cpu / SLICE_MS).toFixed(0).padStart(3)}% ${overlapMs(stalls[k]!.stalls, t0, t1).toFixed(0).padStart(3)} ${overlapMs(stalls[k]!.gc, t0, t1).toFixed(0).padStart(3)}`;
    });
    console.log(`    ${String(from).padStart(4)}–${String(to).padEnd(4)} ms: ${String(sent.length).padStart(3)} ${String(sent.filter((r) => r.ms >= 50).length).padStart(3)} ${p99max(sent.map((r) => r.ms)).padStart(8)} | ${perApi.join(" | ")} | ${overlapMs(own.stalls, t0, t1).toFixed(0)}`);
  }
}

// BENCH_RUNS=paced runs the paced load alone (a quicker old/new comparison of its tail); the runs
// are made in the order listed, and one listed twice runs twice (paced,paced: the second on
// servers the first has warmed, their steady state).
const RUNS = (process.env["BENCH_RUNS"] ?? "paced,saturation").split(",").map((r) => r.trim()).filter(Boolean);
let allOk = true;
for (const run of RUNS) {
  if (run === "paced") allOk = (await loadRun(`paced load, ${RATE} requests/s in all`, RATE)) && allOk;
  else if (run === "saturation") allOk = (await loadRun("saturation (each client sends again as soon as it is answered)", undefined)) && allOk;
  else throw new Error(`BENCH_RUNS: no run called "${run}" (paced, saturation)`);
}

for (const child of children) child.kill("SIGTERM");
await Promise.all(children.map((c) => (c.exitCode === null ? once(c, "exit") : undefined)));
await db.close();
await database.drop();
process.exit(allOk ? 0 : 1);
