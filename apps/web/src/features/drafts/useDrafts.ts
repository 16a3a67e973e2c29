import { useCallback, useMemo, useState } from "react";
import { readDrafts, writeDraft, type Draft } from "./draftStore.ts";

export interface Drafts {
  get: (pairId: string) => Draft | undefined;
  /** Records the text typed so far; `baseVersion` is kept from the first keystroke. */
  set: (pairId: string, text: string, baseVersion: number) => void;
  clear: (pairId: string) => void;
  count: number;
}

/**
 * The unsaved edits of this browser, mirrored into React state so rows re-render when a draft
 * appears or is saved. Loaded once: drafts from a previous session reappear after a reload.
 */
export function useDrafts(): Drafts {
  const [drafts, setDrafts] = useState<Map<string, Draft>>(() => readDrafts());

  const set = useCallback((pairId: string, text: string, baseVersion: number) => {
    setDrafts((previous) => {
      const next = new Map(previous);
      const draft = { text, baseVersion: previous.get(pairId)?.baseVersion ?? baseVersion, savedAt: new Date().toISOString() };
      next.set(pairId, draft);
      writeDraft(pairId, draft);
      return next;
    });
  }, []);

  const clear = useCallback((pairId: string) => {
    setDrafts((previous) => {
      if (!previous.has(pairId)) return previous;
      const next = new Map(previous);
      next.delete(pairId);
      writeDraft(pairId, null);
      return next;
    });
  }, []);

  return useMemo(() => ({ get: (id: string) => drafts.get(id), set, clear, count: drafts.size }), [drafts, set, clear]);
}
