// SIGTERM in the middle of a job: the process that runs it (the embedded server on SQLite, a
// `pnpm worker` on PostgreSQL) hands the job back and exits cleanly, leaving nothing written;
// the next process to start (another worker, or the server started again) runs it to exactly
// one complete document.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDocument, listDocuments } from "@alinha/corpus";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppContext, type AppContext } from "../../../app-context.ts";
import { newId } from "../../../db/bulk-insert.ts";
import { openDatabase, type Database } from "../../../db/index.ts";
import { freshDatabase, testEngine, type TestDatabase } from "../../../test-support/test-database.ts";
import { createJob, findJob } from "../job-store.ts";
import { PgBossQueue } from "../pg-boss-queue.ts";

const API_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** What runs jobs on this engine: a worker on PostgreSQL; on SQLite the API server itself. */
function startRunner(url: string): ChildProcess {
  const entry = testEngine() === "postgres" ? "worker.ts" : "main.ts";
  return spawn(process.execPath, ["--import", "tsx", path.join(API_ROOT, "src", entry)], {
    cwd: API_ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: "0", ALINHA_SKIP_SETUP: "1", ALINHA_ALIGN_THREADS: "1", ALINHA_JOB_MAINTENANCE_SECONDS: "1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 90_000, every = 20): Promise<T> {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, every))) {
    const value = await probe();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("SIGTERM while a job runs", () => {
  let database: TestDatabase;
  let db: Database;
  let ctx: AppContext;
  const runners: ChildProcess[] = [];

  beforeAll(async () => {
    database = await freshDatabase();
    db = await openDatabase(database.url);
    ctx = createAppContext(db);
    // Only sends: the workers started below run the job.
    if (testEngine() === "postgres") ctx.jobs = await PgBossQueue.start(ctx, database.url);
  });

  afterAll(async () => {
    for (const r of runners) if (r.exitCode === null && r.signalCode === null) r.kill("SIGKILL");
    await ctx.jobs.close();
    await db.close();
    await database.drop();
  });

  it("hands the job back, exits cleanly, and the next process runs it to exactly one complete document", async () => {
    const largest = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => b.pt.length - a.pt.length)[0]!;
    const title = `Hand-back ${newId()}`;
    const job = await createJob(ctx, "import", { author: { id: "", displayName: "hand-back test" }, document: { title, pt: largest.pt, en: largest.en } }, newId());
    const documentId = job.documentId!;
    // PostgreSQL: queued for the workers. SQLite: the server picks up queued jobs when it starts.
    if (testEngine() === "postgres") await ctx.jobs.enqueue(job.id);

    const first = startRunner(database.url);
    runners.push(first);
    // Running and still aligning: the next step it reaches is after the alignment.
    await until("the job to start", async () => ((await findJob(ctx, job.id)).state === "running" ? true : undefined));
    first.kill("SIGTERM");
    const [code] = await once(first, "exit");
    expect(code).toBe(0);

    expect(await findJob(ctx, job.id)).toMatchObject({ state: "queued", progress: 0 });
    expect(await db.prisma.document.count({ where: { id: documentId } })).toBe(0);
    expect(await db.prisma.pair.count({ where: { documentId } })).toBe(0);

    const second = startRunner(database.url);
    runners.push(second);
    const done = await until("the job to finish in the next process", async () => {
      const row = await findJob(ctx, job.id);
      return row.state === "succeeded" || row.state === "failed" ? row : undefined;
    });
    expect(done).toMatchObject({ state: "succeeded", progress: 1 });
    expect(done.attempts).toBe(2);
    expect(await db.prisma.document.count({ where: { title } })).toBe(1);
    const pairs = await db.prisma.pair.count({ where: { documentId } });
    expect(pairs).toBeGreaterThan(100);
    expect(await db.prisma.edit.count({ where: { documentId } })).toBe(pairs);

    second.kill("SIGTERM");
    expect((await once(second, "exit"))[0]).toBe(0);
  }, 240_000);
});
