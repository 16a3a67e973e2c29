// The embedded server's worker threads for alignment (piscina): an import of a large document
// aligns and checks for tens of seconds, which on the server's own thread froze every request.
// Export files are built on the same threads (a large DOCX or XLSX takes seconds of CPU too).
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { AlignedDocument, Aligner, AlignTask } from "./align-task.ts";
import type { ExportTask, FileBuilder } from "../exports/build-export.ts";

export interface AlignPool {
  align: Aligner;
  buildFile: FileBuilder;
  close(): Promise<void>;
}

/**
 * Threads: ALINHA_ALIGN_THREADS, else one fewer than the cores (at least one), so a long import
 * never takes the core the server answers on. Run from source (tsx, Vitest), the worker is the
 * .ts file loaded through tsx; built (esbuild), it is the .js beside the bundle.
 */
export function startAlignPool(threads = Number(process.env["ALINHA_ALIGN_THREADS"] ?? Math.max(1, availableParallelism() - 1))): AlignPool {
  const fromSource = import.meta.url.endsWith(".ts");
  const filename = fileURLToPath(new URL(fromSource ? "./align-worker-source.mjs" : "./align-worker.js", import.meta.url));
  const pool = new Piscina({ filename, minThreads: 0, maxThreads: threads, idleTimeout: 60_000 });
  // A thread that fails to start fails its task (the job reports it); it must not end the server.
  pool.on("error", () => undefined);
  return {
    align: (task: AlignTask) => pool.run(task) as Promise<AlignedDocument>,
    buildFile: (task: ExportTask) => pool.run(task, { name: "buildExport" }) as Promise<Uint8Array>,
    close: () => pool.destroy(),
  };
}
