// What holds a process's event loop up, for the load bench: the event-loop delay (perf_hooks'
// histogram), every garbage collection with its pause, and each stall (a 5 ms timer that fired
// STALL_MS or more late) with the time it happened, so a slow request can be matched with what
// stalled the server meanwhile. Times are epoch milliseconds (performance.timeOrigin based), the
// same clock in every process on the machine.
import { constants, monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";

/** A timer this late means the loop was busy (or the process waited for a CPU) that long. */
const STALL_MS = 20;
const TICK_MS = 5;

export interface Pause { at: number; ms: number; kind?: string }

export interface StallReport {
  /** Event-loop delay since the last report (ms). */
  loop: { p50: number; p99: number; max: number; mean: number };
  gc: Pause[];
  stalls: Pause[];
  /** CPU this process used meanwhile, all threads (ms), and the wall time it covers. */
  cpuMs: number;
  wallMs: number;
  /** V8 heap in use at the report (MB). */
  heapMB: number;
}

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: "scavenge",
  [constants.NODE_PERFORMANCE_GC_MAJOR]: "mark-sweep",
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental",
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weak-callbacks",
};

export const epochNow = (): number => performance.timeOrigin + performance.now();

export function watchStalls(): () => StallReport {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let gc: Pause[] = [];
  let stalls: Pause[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = ((e as unknown as { detail?: { kind?: number } }).detail)?.kind;
      gc.push({ at: performance.timeOrigin + e.startTime, ms: e.duration, ...(kind !== undefined ? { kind: GC_KINDS[kind] ?? String(kind) } : {}) });
    }
  }).observe({ entryTypes: ["gc"] });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const late = now - last - TICK_MS;
    if (late >= STALL_MS) stalls.push({ at: performance.timeOrigin + last + TICK_MS, ms: late });
    last = now;
  }, TICK_MS).unref();
  let cpuFrom = process.cpuUsage();
  let wallFrom = performance.now();
  return () => {
    const ms = (ns: number) => ns / 1e6;
    const report: StallReport = {
      loop: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max), mean: ms(loop.mean) },
      gc, stalls,
      cpuMs: (() => { const c = process.cpuUsage(cpuFrom); return (c.user + c.system) / 1000; })(),
      wallMs: performance.now() - wallFrom,
      heapMB: process.memoryUsage().heapUsed / 1048576,
    };
    loop.reset();
    gc = [];
    stalls = [];
    cpuFrom = process.cpuUsage();
    wallFrom = performance.now();
    return report;
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** One line on a process's stalls and collections, for the bench's output. */
export function describeStalls(name: string, r: StallReport): string {
  const byKind = new Map<string, number[]>();
  for (const g of r.gc) byKind.set(g.kind ?? "?", [...(byKind.get(g.kind ?? "?") ?? []), g.ms]);
  const kinds = [...byKind].map(([k, xs]) => `${k} ${xs.length}× (${sum(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(1)})`).join(", ");
  const stallMs = r.stalls.map((s) => s.ms);
  const overGc = r.stalls.filter((s) => r.gc.some((g) => g.ms >= 5 && g.at < s.at + s.ms && g.at + g.ms > s.at - TICK_MS)).length;
  return `${name}: CPU ${(100 * r.cpuMs / Math.max(1, r.wallMs)).toFixed(0)}% of a core, heap ${r.heapMB.toFixed(0)} MB; loop delay p50 ${r.loop.p50.toFixed(1)} ms, p99 ${r.loop.p99.toFixed(1)} ms, max ${r.loop.max.toFixed(0)} ms; `
    + `stalls ≥ ${STALL_MS} ms: ${stallMs.length} (${sum(stallMs).toFixed(0)} ms in all, ≥ 50 ms: ${stallMs.filter((m) => m >= 50).length}, max ${stallMs.length ? Math.max(...stallMs).toFixed(0) : 0} ms; ${overGc} during a GC ≥ 5 ms); GC ${kinds || "none"}`;
}
