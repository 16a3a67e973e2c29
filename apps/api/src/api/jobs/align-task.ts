// The alignment an import or re-alignment needs, as one task a worker thread can run: plain data
// in (the spellers are rebuilt on the thread: functions do not cross), an AlignmentResult out.
import { alignDocument, type AlignmentResult, type CheckOptions } from "@alinha/aligner";
import { sharedSpellers } from "../terms/term-cache.ts";

export interface AlignTask {
  pt: string;
  en: string | undefined;
  check: Omit<CheckOptions, "spellers">;
  speakers?: readonly string[];
}

export function runAlignTask(task: AlignTask): AlignmentResult {
  return alignDocument(task.pt, task.en, { check: { ...task.check, spellers: sharedSpellers() }, ...(task.speakers ? { speakers: task.speakers } : {}) });
}

/** Where alignments run: on this thread (a job worker process), or in a worker-thread pool (the embedded server). */
export type Aligner = (task: AlignTask) => Promise<AlignmentResult>;

export const alignHere: Aligner = async (task) => runAlignTask(task);
