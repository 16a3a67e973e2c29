import type { AppContext } from "../../app-context.ts";
import { InProcessQueue } from "./in-process-queue.ts";
import type { JobQueue } from "./job-queue.ts";
import { removeExpiredExports } from "../exports/export-files.ts";
import { PgBossQueue, type PgBossOptions } from "./pg-boss-queue.ts";

/**
 * Sets ctx.jobs for the engine: on SQLite the server runs its own jobs (picking up any a previous
 * run left unfinished); on PostgreSQL it queues them in pg-boss for `pnpm worker` processes, and
 * works them itself only when `work` is set (the worker, tests). Export files that expired while
 * nothing ran are deleted now (each export run deletes those that expire later).
 */
export async function startJobs(ctx: AppContext, options: PgBossOptions = {}): Promise<JobQueue> {
  await removeExpiredExports(ctx.prisma);
  if (ctx.db.engine === "postgres") {
    ctx.jobs = await PgBossQueue.start(ctx, ctx.db.url, options);
  } else {
    const queue = new InProcessQueue(ctx);
    ctx.jobs = queue;
    await queue.resume();
  }
  return ctx.jobs;
}
