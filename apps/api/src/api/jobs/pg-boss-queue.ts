// The team's job queue on PostgreSQL: pg-boss 10 (its own `pgboss` schema beside ours). API
// processes only send; `pnpm worker` processes (src/worker.ts), on any number of machines, work.
// A job lost with its worker (kill -9, a crash) is still "active" in pg-boss; once its time is up
// (ALINHA_JOB_TIMEOUT_SECONDS) pg-boss's maintenance puts it back and another worker runs it again.
import PgBoss from "pg-boss";
import type { AppContext } from "../../app-context.ts";
import { advisoryLock } from "../../db/postgres/advisory-lock.ts";
import type { JobQueue } from "./job-queue.ts";
import { HandBack, runJob } from "./run-job.ts";

export const QUEUE = "alinha-jobs";
/** Two processes starting at once on a fresh database deadlocked inside pg-boss's schema and queue creation (40P01); one at a time. */
const QUEUE_SETUP_LOCK = 0x616c6e71;

interface Payload {
  jobId: string;
}

export interface PgBossOptions {
  /** Run jobs in this process too (a `pnpm worker`, or a test server). */
  work?: boolean;
  /** How long a job may run before pg-boss takes it for lost and hands it to another worker. */
  timeoutSeconds?: number;
  /** How often expired jobs are looked for (only processes that work do it). */
  maintenanceSeconds?: number;
}

export class PgBossQueue implements JobQueue {
  #stopping = false;
  #workerId: string | undefined;

  private constructor(private readonly boss: PgBoss, private readonly timeoutSeconds: number) {}

  static async start(ctx: AppContext, url: string, options: PgBossOptions = {}): Promise<PgBossQueue> {
    const timeoutSeconds = options.timeoutSeconds ?? Number(process.env["ALINHA_JOB_TIMEOUT_SECONDS"] ?? 900);
    const boss = new PgBoss({
      connectionString: url,
      max: 3,
      application_name: options.work ? "alinha-worker" : "alinha-api",
      // Only working processes look after expired jobs.
      supervise: options.work ?? false,
      schedule: false,
      maintenanceIntervalSeconds: options.maintenanceSeconds ?? Number(process.env["ALINHA_JOB_MAINTENANCE_SECONDS"] ?? 30),
    });
    boss.on("error", (err) => ctx.log?.(err, "pg-boss"));
    const release = await advisoryLock(url, QUEUE_SETUP_LOCK);
    try {
      await boss.start();
      await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 5, retryDelay: 1, expireInSeconds: timeoutSeconds });
    } finally {
      await release();
    }
    const queue = new PgBossQueue(boss, timeoutSeconds);
    if (options.work) {
      queue.#workerId = await boss.work<Payload>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
        if (!job) return;
        try {
          await runJob(ctx, job.data.jobId, { stopping: () => queue.#stopping });
        } catch (err) {
          // pg-boss retries what throws: a job handed back is fetched again by a worker still running.
          if (err instanceof HandBack) throw err;
          ctx.log?.(err, job.data.jobId);
        }
      });
    }
    return queue;
  }

  async enqueue(jobId: string): Promise<void> {
    await this.boss.send(QUEUE, { jobId } satisfies Payload, { expireInSeconds: this.timeoutSeconds, retryLimit: 5, retryDelay: 1 });
    if (this.#workerId) this.boss.notifyWorker(this.#workerId);
  }

  async close(): Promise<void> {
    this.#stopping = true;
    if (this.#workerId) await this.boss.offWork(QUEUE);
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
