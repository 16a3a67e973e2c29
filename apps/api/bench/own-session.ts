// The servers a bench measures run in sessions of their own (spawn's `detached`: setsid), as a
// service manager starts them. Linux groups CPU time by session when autogroup is on (the default
// on many distributions, and on the shared machines these benches ran on): without this, the API
// processes, the job worker and the bench's own 50 clients shared one session's slice of the
// cores, so the load generator took its CPU from the very servers it timed.
import type { ChildProcess, SpawnOptions } from "node:child_process";
import { readFileSync } from "node:fs";

export const OWN_SESSION = { detached: true } satisfies SpawnOptions;

/** Whether the kernel shares CPU time out by session here (what OWN_SESSION is about). */
export function autogroup(): boolean {
  try {
    return readFileSync("/proc/sys/kernel/sched_autogroup_enabled", "utf8").trim() === "1";
  } catch {
    return false;
  }
}

/**
 * Detached children outlive a bench that dies: they are killed when it exits, and an interrupt
 * (Ctrl-C, `timeout`) makes it exit.
 */
export function killOnExit(children: ChildProcess[]): void {
  process.on("exit", () => children.forEach((c) => c.exitCode === null && c.kill("SIGKILL")));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));
}
