import type { Override } from "../../api/client.ts";

/** A text change of one pair: an edit, an applied suggestion, an inserted memory match. */
export interface TextChange {
  pairId: string;
  before: string;
  after: string;
}

/**
 * One step the grid's Ctrl+Z takes back (and Ctrl+Shift+Z does again). Each is undone by a new
 * request, so the history stays append-only: an undone edit is a new edit back to the old text,
 * an undone confirm a reopen, an undone merge a split at the old boundary.
 */
export type UndoEntry =
  | ({ kind: "text"; label: string } & TextChange)
  /** A reviewed batch of text changes (a document's bulk fix): taken back and done again together. `pairId` is the first. */
  | { kind: "batch"; label: string; pairId: string; changes: TextChange[] }
  /** A confirm or approve, with the repetitions it auto-filled (taken back with it). */
  | { kind: "sign-off"; pairId: string; action: "confirm" | "approve"; override?: Override; filled: TextChange[] }
  /** `pairId` kept the merged pair; its second half started at these offsets. */
  | { kind: "merge"; pairId: string; ptAt: number; enAt: number }
  | { kind: "split"; pairId: string; ptAt: number; enAt: number };

export function describeEntry(entry: UndoEntry): string {
  switch (entry.kind) {
    case "text": return entry.label;
    case "batch": return entry.label;
    case "sign-off": return entry.filled.length ? `${entry.action} (and ${entry.filled.length} auto-filled)` : entry.action;
    case "merge": return "merge";
    case "split": return "split";
  }
}
