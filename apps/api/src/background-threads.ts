// V8 compiles hot functions and marks the heap on Node's platform threads, beside the thread that
// answers requests. On a small server (two cores, PostgreSQL and two API processes on them) the
// compiles that real load first sets off took a core from the request threads in a fresh
// process's first seconds under load: requests waited for a CPU, not for work (issue 14, session
// 14's stall and per-thread CPU figures). Niced, those threads get what the request threads
// leave; the work still gets done, a little later, and nobody is waiting on it.
import { readdirSync } from "node:fs";
import { setPriority } from "node:os";

/** ALINHA_BACKGROUND_NICE: the platform threads' niceness (default 10; 0 leaves them as they are). */
export function backgroundNice(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env["ALINHA_BACKGROUND_NICE"];
  if (raw === undefined || raw === "") return 10;
  const nice = Number(raw);
  if (!Number.isInteger(nice) || nice < 0 || nice > 19) throw new Error(`ALINHA_BACKGROUND_NICE must be a whole number from 0 to 19, not "${raw}"`);
  return nice;
}

/**
 * Lowers the priority of every thread of this process but its main one. Call it first thing, when
 * only Node's platform threads exist: threads started later (libuv's pool for file writes and
 * password hashing, worker threads) keep the process's priority. Linux only (a thread id is a
 * process id to setpriority there); elsewhere it does nothing, and where it is not allowed it
 * stops and says why in `failed`.
 */
export function yieldBackgroundThreads(nice = backgroundNice()): { reniced: number; failed?: string } {
  if (nice === 0 || process.platform !== "linux") return { reniced: 0 };
  let reniced = 0;
  try {
    for (const entry of readdirSync("/proc/self/task")) {
      const tid = Number(entry);
      if (tid === process.pid) continue;
      setPriority(tid, nice);
      reniced++;
    }
  } catch (err) {
    return { reniced, failed: err instanceof Error ? err.message : String(err) };
  }
  return { reniced };
}
