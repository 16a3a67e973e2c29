// `pnpm worker`: runs jobs (imports, re-alignments, re-checks, exports) from the PostgreSQL queue
// (pg-boss). Start any number, on any machines that reach the database. SIGTERM hands the job in
// hand back to the queue at its next step and exits; kill -9 loses nothing either: the job's
// writes are one transaction, and pg-boss gives it to another worker once its time is up.
// Alignments run in a worker thread, as on the embedded server: this process's own thread stays
// free for pg-boss, the database and signals (a SIGTERM during an alignment is heard at once,
// and the job handed back when the alignment ends, instead of being noticed only after it).
import { setPriority } from "node:os";
import { pino } from "pino";
import { createAppContext } from "./app-context.ts";
import { startAlignPool } from "./api/jobs/align-pool.ts";
import { startJobs } from "./api/jobs/start-jobs.ts";
import { openDatabase } from "./db/index.ts";
import { databaseUrl, engineOf } from "./db/paths.ts";
import { setupDatabase } from "./db/setup-database.ts";
import { warmUp } from "./warm-up.ts";

const logger = pino({ level: process.env["LOG_LEVEL"] ?? "info" });
/**
 * The worker's niceness (ALINHA_WORKER_NICE, default 10; 0 leaves it as is). A worker on the same
 * machine as an API process competed with it for the cores while it read, parsed and wrote a 5 MB
 * import; niced, it gets what the API leaves, and nobody is waiting on a job's next millisecond.
 * (Threads started later, its alignment thread among them, inherit it.)
 */
const NICE = Number(process.env["ALINHA_WORKER_NICE"] ?? 10);
if (NICE !== 0) {
  try {
    setPriority(NICE);
  } catch (err) {
    logger.warn({ err }, "could not lower the worker's priority (ALINHA_WORKER_NICE)");
  }
}
const url = databaseUrl();
if (engineOf(url) !== "postgres") {
  logger.error("`pnpm worker` is for the team server (DATABASE_URL=postgresql://…); the embedded server (SQLite) runs its own jobs.");
  process.exit(2);
}
if (process.env["ALINHA_SKIP_SETUP"] !== "1") await setupDatabase(url);
const db = await openDatabase(url);
const pool = startAlignPool(Number(process.env["ALINHA_ALIGN_THREADS"] ?? 1));
const ctx = createAppContext(db, { align: pool.align, buildFile: pool.buildFile, log: (err, context) => logger.error({ err }, context) });
warmUp();
await startJobs(ctx, { work: true });
logger.info({ pid: process.pid }, "worker ready");

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping: handing unfinished jobs back");
  await ctx.jobs.close();
  await pool.close();
  await db.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
