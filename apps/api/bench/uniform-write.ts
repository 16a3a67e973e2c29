// What writing an approval's fills costs (pair-writer.ts, writePairChanges): 23 repetitions of a
// line, each filled with the same Portuguese and given the same flag, as auto-fill writes them,
// written again and again on PostgreSQL. Reports the CPU of this process per write (building the
// statement's values, the driver, reading the answer) and of the PostgreSQL cluster's processes
// per write (parsing the values, the writes), from /proc, so the cluster should be this bench's
// alone (BENCH_POSTGRES_URL on a throwaway cluster, or none: the bench starts one).
//
// Then reads the 23 pairs in context with their flags (pair-context.ts, livePairsInContext, as an
// approval reads its repetitions) as many times, and reports the same two figures per read.
// --flags: the flags each fill gets (1 as an approval's fills in bench/first-requests.ts mostly).
//
// `npx tsx bench/uniform-write.ts [--writes 300] [--repetitions 23] [--flags 1]`
import { readdirSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createAppContext } from "../src/app-context.ts";
import { openDatabase } from "../src/db/index.ts";
import { asNumber } from "../src/db/sql.ts";
import { importDocument } from "../src/api/documents/import-document.ts";
import { writePairChanges, type PairChange } from "../src/api/pairs/pair-writer.ts";
import { livePairsInContext } from "../src/api/pairs/pair-context.ts";
import { benchDatabase } from "./bench-database.ts";

const { values: args } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== "--"), options: { writes: { type: "string" }, repetitions: { type: "string" }, flags: { type: "string" } } });
const WRITES = Number(args.writes ?? 300);
const REPETITIONS = Number(args.repetitions ?? 23);
const FLAGS = Number(args.flags ?? 1);

const database = await benchDatabase("postgres");
const db = await openDatabase(database.url);
const ctx = createAppContext(db);
const line = "Entrevistador: Muito obrigado por estar aqui conosco hoje.";
const documentId = await importDocument(ctx, {
  title: "repetições", pt: Array.from({ length: REPETITIONS }, (_, k) => `${line} ${k}`).join("\n\n"), en: Array.from({ length: REPETITIONS }, () => "Interviewer: Thank you so much for being here with us today.").join("\n\n"),
}, { id: "", displayName: "bench" });
const pairs = await db.prisma.pair.findMany({ where: { documentId }, orderBy: { index: "asc" }, select: { id: true, documentId: true, version: true, ptText: true } });

const [backend] = await db.sql.query(`SELECT pg_backend_pid() AS "pid"`, []);
const pid = asNumber(backend?.["pid"]);
/** The cluster's postmaster: this connection's backend's parent. */
const postmaster = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
/** User plus system CPU, in milliseconds, of the cluster's server processes (the postmaster's children). */
function clusterCpuMs(): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch { /* gone meanwhile */ }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

const who = { id: "", displayName: "Bench" };
const apiMs: number[] = [];
let clusterFrom = 0;
for (let w = -20; w < WRITES; w++) {
  if (w === 0) clusterFrom = clusterCpuMs();
  const ptText = `${line} (${w % 2})`;
  const changes = pairs.map((p): PairChange => ({
    pair: p,
    update: {
      action: "auto-fill", status: "edited", note: "from pair 1", data: { ptText, autoFilledFrom: pairs[0]!.id },
      flags: Array.from({ length: FLAGS }, (_, j) => ({ code: "bench.flag", family: "bench", severity: "warning", start: j, end: 13, text: "Entrevistador", message: "A flag every repetition gets alike", suggestion: null, confidence: null, dismissed: false, dismissedBy: null, dismissReason: null, dismissedAt: null })),
    },
  }));
  const from = process.cpuUsage();
  const written = await writePairChanges(db.sql, changes, who, new Date());
  const used = process.cpuUsage(from);
  if (w >= 0) apiMs.push((used.user + used.system) / 1000);
  written.forEach((r, k) => {
    if (!r) throw new Error("a fill was not written");
    pairs[k]!.version = r.version;
    pairs[k]!.ptText = ptText;
  });
}
const clusterMs = clusterCpuMs() - clusterFrom;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`uniform write of ${REPETITIONS} fills with ${FLAGS} flag(s) each, ${WRITES} writes: API CPU per write median ${median(apiMs).toFixed(3)} ms, mean ${mean(apiMs).toFixed(3)} ms; PostgreSQL CPU per write ${(clusterMs / WRITES).toFixed(2)} ms`);

const readMs: number[] = [];
for (let r = -20; r < WRITES; r++) {
  if (r === 0) clusterFrom = clusterCpuMs();
  const from = process.cpuUsage();
  const found = await livePairsInContext(ctx, { sql: `p."documentId" = ?`, args: [documentId] });
  const used = process.cpuUsage(from);
  if (found.length !== REPETITIONS || found.some((f) => f.row.flags.length !== FLAGS)) throw new Error("not the pairs written");
  if (r >= 0) readMs.push((used.user + used.system) / 1000);
}
const readClusterMs = clusterCpuMs() - clusterFrom;
console.log(`read of the ${REPETITIONS} pairs in context, ${WRITES} reads: API CPU per read median ${median(readMs).toFixed(3)} ms, mean ${mean(readMs).toFixed(3)} ms; PostgreSQL CPU per read ${(readClusterMs / WRITES).toFixed(2)} ms`);
await db.close();
await database.drop();
