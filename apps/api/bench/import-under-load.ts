// `pnpm --filter @alinha/api run bench:import-load [sqlite|postgres]`: while a ~5 MB document
// imports (a job), a second client keeps reading pairs and saving edits on another document;
// prints the p50/p99 of those requests during the import, and the import's own time. The goal
// (issue 14): p99 < 50 ms on both engines. PostgreSQL runs on BENCH_POSTGRES_URL or a throwaway
// cluster of its own (bench-database.ts); the API and one `worker` run as separate processes, as
// a team server does. The same client's p99 with no import running is printed beside it, and its
// p99 while the large document is exported (TMX, DOCX, XLSX) as a job.
import { spawn, type ChildProcess } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { getDocument, listDocuments } from "@alinha/corpus";
import { autogroup, killOnExit, OWN_SESSION } from "./own-session.ts";
import { benchDatabase, BENCH_USER, postgresUnavailable, type BenchEngine } from "./bench-database.ts";
import { buildShippedServer } from "./shipped-server.ts";

const engine = (process.argv.slice(2).find((a) => a !== "--") ?? "sqlite") as BenchEngine;
const API = fileURLToPath(new URL("..", import.meta.url));
const TARGET_BYTES = 4.8 * 1024 * 1024;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

if (engine === "postgres" && postgresUnavailable()) {
  console.log(`import-under-load (postgres): skipped: ${postgresUnavailable()}`);
  process.exit(0);
}
const database = await benchDatabase(engine);
const url = database.url;
const cleanup = () => database.drop();

const port = 40000 + Math.floor(Math.random() * 20000);
const env = { ...process.env, DATABASE_URL: url, PORT: String(port), ALINHA_SKIP_SETUP: "1", LOG_LEVEL: "warn" };
// BENCH_CPU_PROF=DIR: the API process writes a V8 CPU profile there (where its thread's time goes).
const profile = process.env["BENCH_CPU_PROF"] ? ["--cpu-prof", "--cpu-prof-dir", process.env["BENCH_CPU_PROF"]] : [];
// The server as it ships (esbuild, es2023), not as tsx compiles it: see shipped-server.ts.
const shipped = await buildShippedServer();
const children: ChildProcess[] = [spawn(process.execPath, [...profile, shipped.main], { cwd: API, env, stdio: "inherit", ...OWN_SESSION })];
if (engine === "postgres") children.push(spawn(process.execPath, [shipped.worker], { cwd: API, env, stdio: "inherit", ...OWN_SESSION }));
// Never left running, whatever happens to this script.
killOnExit(children);
const base = `http://127.0.0.1:${port}`;
for (const started = Date.now(); ; await new Promise((r) => setTimeout(r, 250))) {
  if (Date.now() - started > 120_000) throw new Error("the server did not become ready");
  if ((await fetch(`${base}/readyz`).catch(() => undefined))?.ok) break;
}
const login = await fetch(`${base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: BENCH_USER.username, password: BENCH_USER.password }) });
const headers = { cookie: (login.headers.get("set-cookie") ?? "").split(";")[0]!, "content-type": "application/json" };

async function importJob(title: string, pt: string, en: string): Promise<{ id: string; documentId: string }> {
  const res = await fetch(`${base}/api/documents`, { method: "POST", headers, body: JSON.stringify({ title, pt, en }) });
  if (res.status !== 202) throw new Error(`import answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { job: { id: string; documentId: string } }).job;
}
/** The import's stage as its job last reported it: aligning (progress < 0.8), then writing. */
let stage: "aligning" | "writing" = "aligning";
async function jobState(id: string): Promise<string> {
  try {
    const { job } = (await (await fetch(`${base}/api/jobs/${id}`, { headers })).json()) as { job: { state: string; progress: number } };
    if (job.progress >= 0.8) stage = "writing";
    return job.state;
  } catch {
    return "unknown"; // A reset connection (see `failed` below); asked again.
  }
}
async function finished(id: string): Promise<void> {
  for (;;) {
    const state = await jobState(id);
    if (state === "succeeded") return;
    if (state === "failed") throw new Error("job failed");
    await new Promise((r) => setTimeout(r, 50));
  }
}

// A small document to read and edit, imported first.
const docs = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => a.pt.length - b.pt.length);
const small = await importJob("small", docs[0]!.pt, docs[0]!.en);
await finished(small.id);
const pairs = ((await (await fetch(`${base}/api/documents/${small.documentId}/pairs?limit=200`, { headers })).json()) as { pairs: { id: string; version: number; ptText: string }[] }).pairs;

// The large one: the built-in documents repeated up to ~5 MB of Portuguese, with their English.
let pt = "";
let en = "";
for (let k = 0; pt.length < TARGET_BYTES; k++) {
  const d = docs[k % docs.length]!;
  pt += `${d.pt}\n\n`;
  en += `${d.en}\n\n`;
}
/** Times of the second client's reads and edits, taken until `until` resolves. */
async function secondClient(until: Promise<unknown>): Promise<{ get: number[]; edit: number[]; failed: number; byStage: Record<typeof stage, number[]> }> {
  const times = { get: [] as number[], edit: [] as number[], failed: 0, byStage: { aligning: [] as number[], writing: [] as number[] } };
  let going = true;
  void until.finally(() => { going = false; });
  let k = 0;
  while (going) {
    const pair = pairs[k++ % pairs.length]!;
    let t = performance.now();
    try {
      await (await fetch(`${base}/api/documents/${small.documentId}/pairs?offset=${k % 100}&limit=50`, { headers })).text();
      times.get.push(performance.now() - t);
      times.byStage[stage].push(performance.now() - t);
    } catch {
      times.failed++; // A reset connection (a server thread stalled past its keep-alive timeout).
    }
    t = performance.now();
    try {
      const res = await fetch(`${base}/api/pairs/${pair.id}`, { method: "PATCH", headers, body: JSON.stringify({ ptText: `${pair.ptText} ·${k}`, version: pair.version }) });
      const body = (await res.json()) as { pair?: { version: number }; current?: { version: number } };
      times.edit.push(performance.now() - t);
      times.byStage[stage].push(performance.now() - t);
      pair.version = body.pair?.version ?? body.current?.version ?? pair.version;
    } catch {
      times.failed++;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return times;
}
const p99 = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 99);

// The same client with nothing else running first: on a shared machine the absolute figure moves
// with everyone else's load, so the import's cost is also printed relative to this.
const loadQuiet = loadavg()[0]!;
const quiet = await secondClient(new Promise((r) => setTimeout(r, Number(process.env["BENCH_QUIET_S"] ?? 8) * 1000)));

console.log(`import-under-load (${engine}): importing ${(Buffer.byteLength(pt) / 1024 / 1024).toFixed(1)} MB Portuguese + ${(Buffer.byteLength(en) / 1024 / 1024).toFixed(1)} MB English while a second client reads and edits`);
const loadBefore = loadavg()[0]!;
stage = "aligning"; // The small document's job above went through both stages already.
const started = performance.now();
const big = await importJob("large", pt, en);
const loaded = await secondClient(finished(big.id));
const importS = (performance.now() - started) / 1000;
for (const kind of ["get", "edit"] as const) {
  const sorted = [...loaded[kind]].sort((a, b) => a - b);
  const alone = p99(quiet[kind]);
  console.log(`  ${kind === "get" ? "GET pairs " : "PATCH edit"}: n=${sorted.length}, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms  (goal p99 < 50 ms: ${percentile(sorted, 99) < 50 ? "met" : "NOT met"}); with no import: p99 ${alone.toFixed(1)} ms (x${(percentile(sorted, 99) / alone).toFixed(1)})`);
}
// Which stage costs the requests most: the alignment (another thread or process) or the writing.
const { aligning, writing } = loaded.byStage;
console.log(`  both kinds by the import's stage: while it aligned n=${aligning.length}, p99 ${p99(aligning).toFixed(1)} ms; while it was written n=${writing.length}, p99 ${p99(writing).toFixed(1)} ms`);
console.log(`  the import job took ${importS.toFixed(1)} s; requests failed outright: ${loaded.failed}`);
// The machine may be shared: its 1-minute load average at each stage, beside its cores.
console.log(`  load average ${loadQuiet.toFixed(1)} (no import) → ${loadBefore.toFixed(1)} (import starts) → ${loadavg()[0]!.toFixed(1)} (import done) on ${cpus().length} cores${autogroup() ? " (autogroup on: the server in a session of its own)" : ""}`);

// The same client while the large document is exported as a job, the way the web app exports
// (the direct download refuses a document this size): the file is built in a worker thread
// (SQLite) or by the worker process (PostgreSQL), stored, then downloaded from the API.
async function exportJob(format: string): Promise<number> {
  const res = await fetch(`${base}/api/documents/${big.documentId}/export`, { method: "POST", headers, body: JSON.stringify({ format, scope: "all" }) });
  if (res.status !== 202) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  const { job } = (await res.json()) as { job: { id: string } };
  await finished(job.id);
  const done = ((await (await fetch(`${base}/api/jobs/${job.id}`, { headers })).json()) as { job: { result: { file: { url: string } } } }).job;
  return (await (await fetch(`${base}${done.result.file.url}`, { headers })).arrayBuffer()).byteLength;
}
for (const format of (process.env["BENCH_EXPORT_FORMATS"] ?? "tmx,docx-side,xlsx").split(",")) {
  const exportStarted = performance.now();
  let exportedBytes = 0;
  const during = await secondClient(exportJob(format).then((bytes) => { exportedBytes = bytes; }));
  console.log(`  while it exports as ${format.toUpperCase()} (a job: ${(exportedBytes / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - exportStarted) / 1000).toFixed(1)} s, download included): GET pairs p99 ${p99(during.get).toFixed(1)} ms (n=${during.get.length}), PATCH edit p99 ${p99(during.edit).toFixed(1)} ms (n=${during.edit.length})  (goal p99 < 50 ms: ${Math.max(p99(during.get), p99(during.edit)) < 50 ? "met" : "NOT met"})`);
}
for (const child of children) child.kill("SIGTERM");
await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
await cleanup();
