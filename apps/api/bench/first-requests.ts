// What a fresh server's first review requests cost, one at a time: a started API process (as the
// load bench starts it, warm-up included) gets the largest built-in document imported, then one
// client edits and approves its pairs in turn, never two requests at once, and the server reports
// each request's own time and CPU. Blocks of requests side by side show what the first ones pay
// that later ones do not (code not yet optimised, caches filled on first touch), with no queueing.
// CPU time moves less than wall time on a shared machine, but still by ±30 % from run to run
// under load: compare old and new in alternating runs, and the first requests with the last
// ones of the same run.
//
// `npx tsx bench/first-requests.ts [--engine postgres] [--requests 400] [--block 25] [--pairs 60]
// [--documents 2 [--distinct]]`; BENCH_REHEARSAL=0 starts the server without the rehearsal.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { getDocument, listDocuments } from "@alinha/corpus";
import { benchDatabase, BENCH_USER, postgresUnavailable, type BenchEngine } from "./bench-database.ts";
import { buildShippedServer, prebuiltServer } from "./shipped-server.ts";
import { killOnExit, OWN_SESSION } from "./own-session.ts";
import { openDatabase } from "../src/db/index.ts";

const { values: args } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== "--"), options: { engine: { type: "string" }, requests: { type: "string" }, block: { type: "string" }, pairs: { type: "string" }, documents: { type: "string" }, distinct: { type: "boolean" } } });
const ENGINE = (args.engine ?? process.env["BENCH_ENGINE"] ?? "sqlite") as BenchEngine;
const REQUESTS = Number(args.requests ?? 400);
const BLOCK = Number(args.block ?? 25);
const PAIR_POOL = Number(args.pairs ?? 60);
/** Documents edited one after the other (each imported first): the second's first requests pay for its own first touch, not for cold code. */
const DOCUMENTS = Number(args.documents ?? 1);

if (ENGINE === "postgres" && postgresUnavailable()) {
  console.log(`first requests (postgres): skipped: ${postgresUnavailable()}`);
  process.exit(0);
}
const database = await benchDatabase(ENGINE);
const db = await openDatabase(database.url);
const children: ChildProcess[] = [];
killOnExit(children);
// BENCH_SERVER_DIR: an earlier build, as in load.ts.
const shipped = process.env["BENCH_SERVER_DIR"] ? prebuiltServer(process.env["BENCH_SERVER_DIR"]) : await buildShippedServer();
const api = spawn(process.execPath, [...(process.env["BENCH_PROFILE"] ? ["--cpu-prof", `--cpu-prof-dir=${process.env["BENCH_PROFILE"]}`] : []), shipped.serve], {
  env: { ...process.env, DATABASE_URL: database.url, BENCH_REQUEST_CPU: "1" }, stdio: ["pipe", "pipe", "inherit"], ...OWN_SESSION,
});
children.push(api);
const lines = createInterface({ input: api.stdout! })[Symbol.asyncIterator]();
const started = JSON.parse((await lines.next()).value as string) as { port: number; warmUpMs?: { wall: number; cpu: number } };
const base = `http://127.0.0.1:${started.port}`;
if (ENGINE === "postgres") {
  children.push(spawn(process.execPath, [shipped.worker], {
    env: { ...process.env, DATABASE_URL: database.url, ALINHA_SKIP_SETUP: "1", LOG_LEVEL: "warn" }, stdio: ["ignore", "inherit", "inherit"], ...OWN_SESSION,
  }));
}
const login = await fetch(`${base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: BENCH_USER.username, password: BENCH_USER.password }) });
const headers = { cookie: (login.headers.get("set-cookie") ?? "").split(";")[0]!, "content-type": "application/json" };

const bySize = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => b.pt.length - a.pt.length);
const largest = bySize[0]!;
/** The largest built-in document, or with --distinct the next largest each time (another text, its own context and words). */
async function importLargest(rank = 0): Promise<string> {
  const doc = bySize[rank]!;
  const imported = await fetch(`${base}/api/documents`, { method: "POST", headers, body: JSON.stringify({ title: doc.meta.title, pt: doc.pt, en: doc.en }) });
  const { job } = (await imported.json()) as { job: { id: string; documentId: string } };
  for (;;) {
    const state = ((await (await fetch(`${base}/api/jobs/${job.id}`, { headers })).json()) as { job: { state: string } }).job.state;
    if (state === "succeeded") return job.documentId;
    if (state === "failed") throw new Error("import job failed");
    await new Promise((r) => setTimeout(r, 20));
  }
}
const documentIds: string[] = [];
for (let d = 0; d < DOCUMENTS; d++) documentIds.push(await importLargest(args.distinct ? d : 0));
// Settle: what the server does after an import (and the last poll) is not charged to the first edits.
// So is the background check of the documents' first pairs (document-warm-up.ts), waited for here:
// a request's CPU is the whole process's while it runs.
await new Promise((r) => setTimeout(r, 1000));
api.stdin!.write("settle\n");
const { warmed } = JSON.parse((await lines.next()).value as string) as { warmed: number };
api.stdin!.write("report\n");
await lines.next();


let pairCount = 0;
/** Per request, the repetitions an approval filled (auto-fill): the costly approvals. */
const filled: number[] = [];
for (const documentId of documentIds) {
  const pairs = await db.prisma.pair.findMany({ where: { documentId, removed: false, NOT: { ptText: "" } }, orderBy: { index: "asc" }, take: PAIR_POOL, select: { id: true, ptText: true, version: true } });
  pairCount = pairs.length;
  for (let i = 0; i < REQUESTS; i++) {
    const pair = pairs[Math.floor(i / 2) % pairs.length]!;
    const req = i % 2 === 0
      ? { method: "PATCH", path: `/api/pairs/${pair.id}`, body: { ptText: `${pair.ptText} ${i}`, version: pair.version } }
      : { method: "POST", path: `/api/pairs/${pair.id}/approve`, body: { version: pair.version, comment: `c${i}` } };
    const res = await fetch(`${base}${req.path}`, { method: req.method, headers, body: JSON.stringify(req.body) });
    const body = (await res.json()) as { pair?: { version: number }; current?: { version: number }; autoFilled?: unknown[] };
    filled.push(body.autoFilled?.length ?? 0);
    pair.version = (body.pair ?? body.current)?.version ?? pair.version;
  }
}
api.stdin!.write("report\n");
const { sequence } = JSON.parse((await lines.next()).value as string) as { sequence: { kind: string; ms: number; cpuMs: number; status: number; gcMs: number; gcKinds: string[] }[] };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(`first requests of a fresh API process (${ENGINE}), one at a time, ${pairCount} pairs of "${largest.meta.id}" in turn${DOCUMENTS > 1 ? `, ${REQUESTS} on each of ${DOCUMENTS} copies one after the other` : ""}: server CPU and time per request, in blocks of ${BLOCK}`);
console.log(`  pairs checked ahead in the background before the first request (document-warm-up.ts): ${warmed}`);
if (started.warmUpMs) console.log(`  warm-up before listening: ${started.warmUpMs.wall.toFixed(0)} ms (CPU ${started.warmUpMs.cpu.toFixed(0)} ms)`);
for (let from = 0; from < sequence.length; from += BLOCK) {
  const block = sequence.slice(from, from + BLOCK);
  const statuses = [...new Set(block.map((r) => r.status))].join("/");
  console.log(`  ${String(from + 1).padStart(4)}–${String(from + block.length).padEnd(4)} CPU ${sum(block.map((r) => r.cpuMs)).toFixed(0).padStart(5)} ms in all (median ${median(block.map((r) => r.cpuMs)).toFixed(2)}, max ${Math.max(...block.map((r) => r.cpuMs)).toFixed(1)}), time median ${median(block.map((r) => r.ms)).toFixed(2)} ms, max ${Math.max(...block.map((r) => r.ms)).toFixed(1)}  [${statuses}]`);
}
const cpuOf = (from: number, to: number) => sum(sequence.slice(from, to).map((r) => r.cpuMs));
const half = Math.floor(sequence.length / 2);
console.log(`  server CPU: first 100 requests ${cpuOf(0, 100).toFixed(0)} ms, first ${half} ${cpuOf(0, half).toFixed(0)} ms, last ${sequence.length - half} ${cpuOf(half, sequence.length).toFixed(0)} ms`);
// The costliest single requests: what a paced run's tail is made of when one lands in a queue.
const costliest = sequence.map((r, k) => ({ ...r, k })).sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 10);
console.log(`  costliest requests (CPU): ${costliest.map((r) => `#${r.k + 1} ${r.kind} ${r.status} pair ${Math.floor(r.k / 2) % pairCount} ${r.cpuMs.toFixed(1)} ms (GC ${r.gcMs.toFixed(1)}${r.gcKinds.length ? ` ${[...new Set(r.gcKinds)].join("+")}` : ""})`).join(", ")}`);
const cpuMedian = (keep: (r: (typeof sequence)[number], k: number) => boolean) => { const xs = sequence.filter(keep).map((r) => r.cpuMs); return `${median(xs).toFixed(2)} ms (${xs.length})`; };
const filling = (k: number) => (filled[k] ?? 0) > 0;
console.log(`  CPU median by kind: edits ${cpuMedian((r) => r.kind === "edit")}, approvals filling repetitions ${cpuMedian((r, k) => r.kind === "approve" && filling(k))} (${median(filled.filter((n) => n > 0)) || 0} filled, median), other approvals ${cpuMedian((r, k) => r.kind === "approve" && !filling(k))}`);
const gcAll = sum(sequence.map((r) => r.gcMs));
console.log(`  GC during requests: ${gcAll.toFixed(0)} ms of ${sum(sequence.map((r) => r.cpuMs)).toFixed(0)} ms CPU; requests ≥ 5 ms CPU: ${sequence.filter((r) => r.cpuMs >= 5).length}, of them with a GC ≥ 2 ms: ${sequence.filter((r) => r.cpuMs >= 5 && r.gcMs >= 2).length}`);
const costly = sequence.filter((r) => r.cpuMs >= 5 && r.gcMs < 2);
console.log(`  requests ≥ 5 ms CPU without a GC, by kind and status: ${[...new Set(costly.map((r) => `${r.kind} ${r.status}`))].map((key) => `${key} ${costly.filter((r) => `${r.kind} ${r.status}` === key).length}/${sequence.filter((r) => `${r.kind} ${r.status}` === key).length}`).join(", ")}`);
for (const child of children) child.kill("SIGTERM");
await Promise.all(children.map((c) => (c.exitCode === null ? once(c, "exit") : undefined)));
await db.close();
await database.drop();
