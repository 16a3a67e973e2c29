import { useEffect, useRef, useState } from "react";
import { api } from "../../api/client.ts";
import { request } from "../../api/http.ts";
import type { Pair, Viewer } from "../../api/types.ts";

interface PairsSaved {
  pairs: { id: string; version: number }[];
  structural: boolean;
  byUserId: string;
  byName: string;
}

export interface LiveDocument {
  /** The others on this document (this screen left out). */
  others: Viewer[];
  /** Pair id → who else is editing it. */
  editedByOthers: ReadonlyMap<string, string>;
}

/**
 * Live review: opens the document's event stream (GET /api/documents/:id/events), tells the
 * server where this screen is (the current pair, editing or not), and applies the pairs other
 * reviewers save without a reload: a newer version of a pair replaces the one shown, and a
 * merge, split or move reloads the list. The 409 + merge dialog stays the last line of defence
 * for two people saving the same pair.
 */
export function useLiveDocument(options: {
  documentId: string;
  userId: string;
  pairId: string | null;
  editing: boolean;
  pairs: readonly Pair[];
  update: (fresh: readonly Pair[]) => void;
  reload: () => Promise<void>;
  /**
   * Pairs not to replace: ones this screen is editing or has unsaved text for. Their save must
   * still carry the version it started from, so a concurrent save ends in 409 and the merge
   * dialog, never in a silent overwrite.
   */
  keepMine: (pairId: string) => boolean;
}): LiveDocument {
  const { documentId, pairId, editing } = options;
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const [key, setKey] = useState<string | null>(null);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/documents/${encodeURIComponent(documentId)}/events`);
    source.addEventListener("hello", (e) => setKey((JSON.parse((e as MessageEvent).data) as { key: string }).key));
    source.addEventListener("presence", (e) => setViewers((JSON.parse((e as MessageEvent).data) as { viewers: Viewer[] }).viewers));
    source.addEventListener("pairs", (e) => {
      const event = JSON.parse((e as MessageEvent).data) as PairsSaved;
      const { userId, pairs, update, reload, keepMine } = latest.current;
      if (event.byUserId === userId) return;
      if (event.structural) {
        void reload();
        return;
      }
      const known = new Map(pairs.map((p) => [p.id, p.version]));
      const stale = event.pairs.filter((p) => (known.get(p.id) ?? Infinity) < p.version && !keepMine(p.id));
      void Promise.all(stale.map((p) => api.pair(p.id).then((body) => body.pair, () => null))).then((fresh) => {
        const got = fresh.filter((p): p is Pair => p !== null);
        if (got.length) update(got);
      });
    });
    return () => {
      source.close();
      setKey(null);
      setViewers([]);
    };
  }, [documentId]);

  // Where this screen is: told on every move, and again once the stream (re)connects.
  useEffect(() => {
    if (!key) return;
    void request("POST", `/documents/${encodeURIComponent(documentId)}/presence`, { key, pairId, editing }).catch(() => {});
  }, [documentId, key, pairId, editing]);

  const others = viewers.filter((v) => v.key !== key);
  const editedByOthers = new Map(others.filter((v) => v.editing && v.pairId).map((v) => [v.pairId!, v.displayName]));
  return { others, editedByOthers };
}
