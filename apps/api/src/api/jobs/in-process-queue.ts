// The embedded server's job runner (SQLite). Jobs run in this process, their alignment in the
// worker-thread pool (align-pool.ts), so requests keep being answered meanwhile. Job rows are
// the durable part: a job left queued or running by a stopped process runs again at start.
import { Semaphore } from "async-mutex";
import type { AppContext } from "../../app-context.ts";
import type { JobQueue } from "./job-queue.ts";
import { unfinishedJobs } from "./job-store.ts";
import { HandBack, runJob } from "./run-job.ts";

export class InProcessQueue implements JobQueue {
  #stopping = false;
  readonly #running = new Set<Promise<void>>();
  readonly #slots: Semaphore;

  /** @param concurrency jobs at once (alignments beyond the pool's threads wait for one). */
  constructor(private readonly ctx: AppContext, concurrency = 2) {
    this.#slots = new Semaphore(concurrency);
  }

  /** Picks up what a previous run of the server left unfinished. */
  async resume(): Promise<number> {
    const ids = await unfinishedJobs(this.ctx);
    for (const id of ids) await this.enqueue(id);
    return ids.length;
  }

  async enqueue(jobId: string): Promise<void> {
    if (this.#stopping) return;
    const run = this.#slots.runExclusive(async () => {
      if (this.#stopping) return;
      await runJob(this.ctx, jobId, { stopping: () => this.#stopping });
    }).catch((err) => {
      if (!(err instanceof HandBack)) this.ctx.log?.(err, jobId);
    });
    this.#running.add(run);
    void run.finally(() => this.#running.delete(run));
  }

  async close(): Promise<void> {
    this.#stopping = true;
    await Promise.all(this.#running);
  }
}
