// Who wants to know that a pair was written: the translation memory keeps its index in step
// with confirmations and edits without re-reading every pair. Listeners are told the id only and
// read the committed row themselves, so a rolled-back write costs a re-read, never a wrong entry.

type Listener = (pairId: string) => void;

const listeners = new Set<Listener>();

/** Calls `listener` with each written pair's id; returns the way to stop. */
export function onPairWritten(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function pairWritten(pairId: string): void {
  for (const listener of listeners) listener(pairId);
}
