import { useCallback, useMemo, useRef, useState } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { Pair, ReplaceMatch } from "../../api/types.ts";
import type { Notice } from "../review/ReviewController.ts";
import { OFFER_LIMIT, offerMatches } from "./offerMatches.ts";

/** The offer made after a correction: the same words elsewhere, each ticked to receive the fix. */
export interface PropagationOffer {
  find: string;
  replace: string;
  /** The pair the user corrected; it no longer holds `find`, so it is never listed. */
  fromPairId: string;
  /** The pairs listed, at most OFFER_LIMIT of them. */
  matches: ReplaceMatch[];
  /** How many other pairs have the words in all; more than `matches` when the list is cut. */
  total: number;
  chosen: ReadonlySet<string>;
  applying: boolean;
}

/**
 * Exact case and whole words: the offer repeats one precise correction ("noé smith" ->
 * "Noah Smith"), so it must not touch "Noé" in "Noémia" nor a legitimately capitalised form.
 */
const MATCH = { matchCase: true, wholeWord: true } as const;

/** Past this many changed pairs of the open document, reloading it beats fetching each pair. */
const REFETCH_ONE_BY_ONE = 20;

/**
 * "Apply this fix to the same text elsewhere": after a correction, looks up the old words in
 * every document (POST /api/replace/preview) and, if any other pair has them, offers the fix
 * without blocking the work; applying sends the ticked pairs (POST /api/replace/apply), each
 * becoming its own edit in that pair's history.
 * @param documentId the open document, whose changed pairs are refreshed after applying
 * @param update puts fresh copies of pairs into the grid
 * @param reload fetches the open document's pairs again
 * @param notify reports the result in the status line
 */
export function usePropagation(documentId: string, update: (pairs: readonly Pair[]) => void, reload: () => Promise<void>, notify: (text: string, tone?: Notice["tone"]) => void) {
  const [offer, setOffer] = useState<PropagationOffer | null>(null);
  const latest = useRef(offer);
  latest.current = offer;
  const generation = useRef(0);

  const propose = useCallback(async (find: string, replace: string, fromPairId: string) => {
    const mine = ++generation.current;
    try {
      const [here, everywhere] = await Promise.all([
        api.replacePreview({ find, replace, ...MATCH, documentId, limit: OFFER_LIMIT }),
        api.replacePreview({ find, replace, ...MATCH, limit: OFFER_LIMIT }),
      ]);
      if (mine !== generation.current) return;
      const { matches, total } = offerMatches(documentId, here, everywhere, fromPairId);
      setOffer(matches.length ? { find, replace, fromPairId, matches, total, chosen: new Set(matches.map((m) => m.pairId)), applying: false } : null);
    } catch {
      // The offer is a convenience: a failed look-up must not disturb the edit just saved.
    }
  }, [documentId]);

  const toggle = useCallback((pairId: string) => {
    setOffer((o) => {
      if (!o) return o;
      const chosen = new Set(o.chosen);
      if (!chosen.delete(pairId)) chosen.add(pairId);
      return { ...o, chosen };
    });
  }, []);

  const dismiss = useCallback(() => {
    generation.current++;
    setOffer(null);
  }, []);

  const apply = useCallback(async () => {
    const o = latest.current;
    if (!o || o.applying) return;
    const targets = o.matches.filter((m) => o.chosen.has(m.pairId)).map((m) => ({ pairId: m.pairId, version: m.version }));
    if (!targets.length) return;
    setOffer({ ...o, applying: true });
    try {
      const body = await api.replaceApply({ find: o.find, replace: o.replace, ...MATCH, targets });
      const here = new Set(o.matches.filter((m) => m.documentId === documentId).map((m) => m.pairId));
      const changedHere = body.applied.filter((id) => here.has(id));
      if (changedHere.length > REFETCH_ONE_BY_ONE) await reload();
      else if (changedHere.length) update((await Promise.all(changedHere.map((id) => api.pair(id)))).map((b) => b.pair));
      const documents = new Set(o.matches.filter((m) => body.applied.includes(m.pairId)).map((m) => m.documentId)).size;
      const where = `${body.applied.length} ${body.applied.length === 1 ? "pair" : "pairs"} in ${documents} ${documents === 1 ? "document" : "documents"}`;
      notify(body.conflicts.length
        ? `“${o.replace}” applied to ${where}; ${body.conflicts.length} changed meanwhile and were left alone.`
        : `“${o.replace}” applied to ${where}.`, body.conflicts.length ? "error" : "success");
      setOffer(null);
    } catch (failure) {
      notify(describeError(failure), "error");
      setOffer({ ...o, applying: false });
    }
  }, [documentId, reload, update, notify]);

  return useMemo(() => ({ offer, propose, toggle, dismiss, apply }), [offer, propose, toggle, dismiss, apply]);
}

export type Propagation = ReturnType<typeof usePropagation>;
