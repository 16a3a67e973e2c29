import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { Pair } from "../../api/types.ts";
import { FIRST_PAGE, takeFirstPage } from "./firstPagePrefetch.ts";

/**
 * The first page (FIRST_PAGE) is small enough to paint the first screen at once; the rest follows
 * in pages of 1,000, so a 5,000-pair document never ties the server up with one long query.
 */
const REST_PAGE = 1000;

export interface PairsState {
  pairs: Pair[];
  total: number;
  /** True until every pair of the document is in memory. */
  loading: boolean;
  error: string | null;
  /** Puts fresh copies (from any mutation's answer) in place of the stale ones. */
  update: (fresh: readonly Pair[]) => void;
  /** Fetches everything again, after a merge or split renumbered the pairs. */
  reload: () => Promise<void>;
}

/**
 * All pairs of one document, loaded in two steps so the first rows show in well under a
 * second even for 5,000 pairs, and then kept in memory: filtering, search and moving between
 * pairs are then instant and do not depend on the network.
 * @param documentId the document whose pairs to load
 */
/** Resolves once the browser has painted the current state (two frames: commit, then paint). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export function usePairs(documentId: string): PairsState {
  const [pairs, setPairs] = useState<Pair[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      // The page the app asked for as it started (a review link opened cold), or a fresh one.
      const prefetched = takeFirstPage(documentId);
      const first = (prefetched ? await prefetched.catch(() => undefined) : undefined) ?? await api.pairs(documentId, 0, FIRST_PAGE);
      if (mine !== generation.current) return;
      setPairs(first.pairs);
      setTotal(first.total);
      let all = first.pairs;
      // Let the first page paint before the rest arrives: parsing 1,000 pairs and rendering
      // them again on the main thread delayed the first rows the reviewer waits for.
      if (all.length < first.total) await afterPaint();
      while (all.length < first.total) {
        const next = await api.pairs(documentId, all.length, REST_PAGE);
        if (mine !== generation.current) return;
        if (!next.pairs.length) break;
        all = all.concat(next.pairs);
        setPairs(all);
      }
      setError(null);
    } catch (failure) {
      if (mine === generation.current) setError(describeError(failure));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [documentId]);

  useEffect(() => {
    void load();
    return () => {
      generation.current++;
    };
  }, [load]);

  const update = useCallback((fresh: readonly Pair[]) => {
    if (!fresh.length) return;
    const byId = new Map(fresh.map((p) => [p.id, p]));
    setPairs((current) => current.map((p) => byId.get(p.id) ?? p));
  }, []);

  return { pairs, total, loading, error, update, reload: load };
}
