import { useEffect, useState } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { Comment, Edit } from "../../api/types.ts";

export interface PairDetail {
  edits: Edit[];
  comments: Comment[];
}

/**
 * The history and comments of one pair, for the side panel. Refetched whenever the pair's
 * version changes (each edit advances it), so the history is never behind the grid.
 * @param pairId the pair shown in the panel, or null when none is current
 * @param version the pair's version as the grid knows it
 * @param extra bumped by the caller after a change that does not advance the version (a comment)
 */
export function usePairDetail(pairId: string | null, version: number | undefined, extra: number): {
  detail: PairDetail | null;
  error: string | null;
} {
  const [detail, setDetail] = useState<PairDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!pairId) return;
    let live = true;
    // Wait briefly: holding Alt+Down through a document should not fire one request per pair.
    const timer = setTimeout(() => {
      api.pair(pairId).then(
        (body) => live && (setDetail({ edits: body.edits, comments: body.comments }), setError(null)),
        (failure) => live && setError(describeError(failure)),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [pairId, version, extra]);
  return { detail: pairId ? detail : null, error };
}
