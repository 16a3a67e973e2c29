import { once } from "node:events";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Db } from "../database.ts";
import { databaseFile } from "../paths.ts";

/** SQLite's own default, restored if the worker stops working. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
const INTERVAL_MS = 250;

/**
 * The worker, as plain JavaScript so it runs the same under tsx, Vitest or plain Node (a worker
 * does not inherit a TypeScript loader). Its own connection, with the server's synchronous
 * setting (per connection; NORMAL fsyncs at checkpoints only). PASSIVE copies what no reader
 * still needs and never makes a writer wait.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.exec("PRAGMA synchronous = NORMAL");
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const timer = setInterval(() => checkpoint.get(), workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  checkpoint.get();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Moves WAL checkpoints off the server's thread. By default SQLite checkpoints inside the commit
 * that crosses 1,000 WAL pages: under 50 reviewers saving at once that was every couple of hundred
 * commits, each taking 15-35 ms (copying pages and an fsync) with the whole server waiting, which
 * was three quarters of all time spent committing and most of the tail latency of a save. A
 * worker thread with its own connection checkpoints every quarter second instead; should it
 * fail, the connection goes back to checkpointing itself.
 */
export async function startCheckpointer(prisma: Db, url: string, onError: (err: unknown) => void): Promise<Checkpointer | undefined> {
  const file = databaseFile(url);
  if (file === undefined || file === ":memory:") return undefined;
  const driver = createRequire(import.meta.url).resolve("libsql");
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs: INTERVAL_MS } });
  await once(worker, "online");
  // Never what keeps the process alive (unref'd only now: before, it was all the process waited on).
  worker.unref();
  await prisma.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
  let stopping = false;
  let exited = false;
  const fallBack = (err: unknown) => {
    if (stopping || exited) return;
    onError(err);
    void prisma.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`).catch(onError);
  };
  worker.on("error", fallBack);
  worker.on("exit", (code) => {
    fallBack(new Error(`the checkpoint worker exited (code ${code})`));
    exited = true;
  });
  return {
    async stop() {
      if (stopping) return;
      stopping = true;
      if (!exited) {
        const gone = once(worker, "exit");
        worker.postMessage("stop");
        await gone;
      }
      await prisma.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
    },
  };
}
