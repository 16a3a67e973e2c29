// The alignment an import or re-alignment needs, as one task a worker thread can run: plain data
// in (the spellers are rebuilt on the thread: functions do not cross), the alignment out with
// what storing it needs from the whole document (each pair's gap before it, the document's
// check context), so none of that whole-document work runs on the server's own thread either.
import { alignDocument, checkInputs, documentContext, type AlignmentResult, type CheckOptions } from "@alinha/aligner";
import { sharedSpellers } from "../terms/term-cache.ts";

export interface AlignTask {
  pt: string;
  en: string | undefined;
  check: Omit<CheckOptions, "spellers">;
  speakers?: readonly string[];
}

export interface AlignedDocument {
  result: AlignmentResult;
  /** Per pair: the Portuguese between the previous pair's text and its own, as in the file. */
  gaps: (string | null)[];
  /** JSON of the document's DocumentContext, stored so a pair re-checked alone is checked the same way. */
  checkContext: string;
}

/** The gaps and context of an alignment of `pt` (what checkInputs and documentContext give). */
export function storedContext(result: AlignmentResult, pt: string): Omit<AlignedDocument, "result"> {
  const inputs = checkInputs(result.pairs, result.en !== undefined, pt);
  // With the spellers the checks ran with: the label habit counts only dictionary words, as at import. With the pairs'
  // flags, so a flag re-checked after an edit reads the word counts its confidence was given at import; with the
  // document flags, so a text the document reports once (a repeated finding) is not flagged on the pair again.
  return { gaps: inputs.map((i) => i.gapBefore ?? null), checkContext: JSON.stringify(documentContext(inputs, sharedSpellers(), result.pairs.map((p) => p.flags), result.documentFlags)) };
}

export function runAlignTask(task: AlignTask): AlignedDocument {
  const result = alignDocument(task.pt, task.en, { check: { ...task.check, spellers: sharedSpellers() }, ...(task.speakers ? { speakers: task.speakers } : {}) });
  return { result, ...storedContext(result, task.pt) };
}

/** Where alignments run: on this thread (a job worker process), or in a worker-thread pool (the embedded server). */
export type Aligner = (task: AlignTask) => Promise<AlignedDocument>;

export const alignHere: Aligner = async (task) => runAlignTask(task);
