// The piscina worker (align-pool.ts): one alignment per task.
import { setPriority } from "node:os";
import { Piscina } from "piscina";
import { runAlignTask, type AlignTask } from "./align-task.ts";
import { buildExportFile, type ExportTask } from "../exports/build-export.ts";

/**
 * This thread's niceness (ALINHA_ALIGN_NICE, default 10; 0 leaves it as is). On a machine with
 * few cores an alignment competes with the server's own thread for a core; niced, it gets what
 * the server leaves, so requests are answered first. (On Linux the priority of the calling
 * thread alone changes.)
 */
const NICE = Number(process.env["ALINHA_ALIGN_NICE"] ?? 10);
if (NICE !== 0) {
  try {
    setPriority(NICE);
  } catch {
    // Not allowed here (some containers): the alignment runs at the server's priority.
  }
}

export default function align(task: AlignTask) {
  return runAlignTask(task);
}

/** An export job's file (align-pool.ts runs it by name): moved back to the caller, not copied. */
export async function buildExport(task: ExportTask) {
  const bytes = await buildExportFile(task);
  return Piscina.move(bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice());
}
