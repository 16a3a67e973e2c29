import type { AppContext } from "../../app-context.ts";
import { InProcessQueue } from "./in-process-queue.ts";
import type { JobQueue } from "./job-queue.ts";
import { PgBossQueue, type PgBossOptions } from "./pg-boss-queue.ts";

/**
 * Sets ctx.jobs for the engine: on SQLite the server runs its own jobs (picking up any a previous
 * run left unfinished); on PostgreSQL it queues them in pg-boss for `pnpm worker` processes, and
 * works them itself only when `work` is set (the worker, tests).
 */
export async function startJobs(ctx: AppContext, options: PgBossOptions = {}): Promise<JobQueue> {
  if (ctx.db.engine === "postgres") {
    ctx.jobs = await PgBossQueue.start(ctx, ctx.db.url, options);
  } else {
    const queue = new InProcessQueue(ctx);
    ctx.jobs = queue;
    await queue.resume();
  }
  return ctx.jobs;
}
