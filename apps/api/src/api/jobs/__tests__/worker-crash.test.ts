// kill -9 of a `pnpm worker` in the middle of an import, then a new worker: exactly one complete
// document, nothing half-written in between. PostgreSQL only (the team queue); the suite runs on
// it when ALINHA_TEST_POSTGRES_URL is set (CI does).
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDocument, listDocuments } from "@alinha/corpus";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppContext, type AppContext } from "../../../app-context.ts";
import { openDatabase, type Database } from "../../../db/index.ts";
import { freshDatabase, testEngine, type TestDatabase } from "../../../test-support/test-database.ts";
import { newId } from "../../../db/bulk-insert.ts";
import { createJob, findJob } from "../job-store.ts";
import { PgBossQueue } from "../pg-boss-queue.ts";

const API_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

function startWorker(url: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(API_ROOT, "src", "worker.ts")], {
    cwd: API_ROOT,
    env: { ...process.env, DATABASE_URL: url, ALINHA_SKIP_SETUP: "1", ALINHA_JOB_MAINTENANCE_SECONDS: "1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000, every = 10): Promise<T> {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, every))) {
    const value = await probe();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(testEngine() !== "postgres")("a worker killed mid-import", () => {
  let database: TestDatabase;
  let db: Database;
  let ctx: AppContext;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    database = await freshDatabase();
    db = await openDatabase(database.url);
    ctx = createAppContext(db);
    // Sent with a 4 s lease: a job whose worker vanished is handed out again 4 s after it started.
    await PgBossQueue.start(ctx, database.url, { timeoutSeconds: 4 }).then((q) => (ctx.jobs = q));
  });

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL");
    await ctx.jobs.close();
    await db.close();
    await database.drop();
  });

  it("leaves nothing half-written, and the job runs again to exactly one complete document", async () => {
    const largest = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => b.pt.length - a.pt.length)[0]!;
    const title = `Crash ${newId()}`;
    const job = await createJob(ctx, "import", { author: { id: "", displayName: "crash test" }, document: { title, pt: largest.pt, en: largest.en } }, newId());
    const documentId = job.documentId!;
    await ctx.jobs.enqueue(job.id);

    const first = startWorker(database.url);
    workers.push(first);
    // Aligned and writing: the import's transaction is open.
    await until("the first worker to start writing", async () => ((await findJob(ctx, job.id)).progress >= 0.8 ? true : undefined));
    first.kill("SIGKILL");
    await once(first, "exit");

    expect(await db.prisma.document.count({ where: { id: documentId } })).toBe(0);
    expect(await db.prisma.pair.count({ where: { documentId } })).toBe(0);
    expect(await db.prisma.edit.count({ where: { documentId } })).toBe(0);
    expect(await db.prisma.flag.count({ where: { documentId } })).toBe(0);
    expect((await findJob(ctx, job.id)).state).toBe("running");

    const second = startWorker(database.url);
    workers.push(second);
    const done = await until("the job to finish on the second worker", async () => {
      const row = await findJob(ctx, job.id);
      return row.state === "succeeded" || row.state === "failed" ? row : undefined;
    }, 90_000, 100);
    expect(done).toMatchObject({ state: "succeeded", progress: 1 });
    expect(done.attempts).toBeGreaterThanOrEqual(2);

    expect(await db.prisma.document.count({ where: { title } })).toBe(1);
    const pairs = await db.prisma.pair.count({ where: { documentId } });
    expect(pairs).toBeGreaterThan(100);
    // Every pair has its import edit at version 1, and nothing else exists for the document.
    expect(await db.prisma.edit.count({ where: { documentId, action: "import", version: 1 } })).toBe(pairs);
    expect(await db.prisma.edit.count({ where: { documentId } })).toBe(pairs);
    const orphans = await db.sql.query(`SELECT COUNT(*) AS "n" FROM "Pair" p LEFT JOIN "Document" d ON d."id" = p."documentId" WHERE d."id" IS NULL`);
    expect(Number(orphans[0]!["n"])).toBe(0);

    // SIGTERM: the worker stops cleanly.
    second.kill("SIGTERM");
    const [code] = await once(second, "exit");
    expect(code).toBe(0);
  }, 180_000);
});
