import { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import type { Database, Db } from "./db/index.ts";
import type { SqlDb } from "./db/sql.ts";
import { alignHere, type Aligner } from "./api/jobs/align-task.ts";
import type { JobQueue } from "./api/jobs/job-queue.ts";
import { buildHere, type FileBuilder } from "./api/exports/build-export.ts";
import { TERMS_CHANGED, TermCache } from "./api/terms/term-cache.ts";
import { forgetSettings, SETTINGS_CHANGED } from "./api/settings/settings-store.ts";
import { EVERYTHING } from "./db/changes.ts";
import type { DocumentWarmUp } from "./api/pairs/document-warm-up.ts";

/** What every router needs, created once per app (tests create one per database). */
export interface AppContext {
  db: Database;
  prisma: Db;
  /** Plain SQL on the same connections, for the review hot path (db/sql.ts). */
  sql: SqlDb;
  registry: OpenAPIRegistry;
  terms: TermCache;
  /** Where imports and re-alignments align (the embedded server: a worker-thread pool). */
  align: Aligner;
  /** Where export jobs build their files (the embedded server: the same worker-thread pool). */
  buildFile: FileBuilder;
  /** Where jobs go (api/jobs/start-jobs.ts sets it; until then, queuing one fails). */
  jobs: JobQueue;
  /** Errors of work no request waits for (jobs, listeners). */
  log?: (err: unknown, context: string) => void;
  /** A serving process's background checks of the documents under review (document-warm-up.ts); none in job workers and tests. */
  warmUp?: DocumentWarmUp;
}

const NO_JOBS: JobQueue = {
  enqueue: async () => { throw new Error("no job queue started (api/jobs/start-jobs.ts)"); },
  close: async () => {},
};

export function createAppContext(db: Database, extras: Partial<Pick<AppContext, "align" | "buildFile" | "jobs" | "log">> = {}): AppContext {
  const terms = new TermCache(db.prisma, db.changes);
  // Another process changed what this one keeps: drop the copy, read again when next needed.
  db.changes.subscribe((topic) => {
    if (topic === SETTINGS_CHANGED || topic === EVERYTHING) forgetSettings(db.prisma);
    if (topic === TERMS_CHANGED || topic === EVERYTHING) terms.forget();
  });
  return { db, prisma: db.prisma, sql: db.sql, registry: new OpenAPIRegistry(), terms, align: alignHere, buildFile: buildHere, jobs: NO_JOBS, ...extras };
}
