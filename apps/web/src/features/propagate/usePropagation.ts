import { useCallback, useMemo, useRef, useState } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { Pair, ReplaceMatch } from "../../api/types.ts";
import type { Notify } from "../review/notice.ts";
import type { PropagationOffer } from "./propagationOffer.ts";
import { OFFER_LIMIT, offerMatches } from "./offerMatches.ts";

export type { PropagationOffer } from "./propagationOffer.ts";

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
export function usePropagation(documentId: string, update: (pairs: readonly Pair[]) => void, reload: () => Promise<void>, notify: Notify) {
  const [offer, setOffer] = useState<PropagationOffer | null>(null);
  const latest = useRef(offer);
  latest.current = offer;
  const generation = useRef(0);

  /**
   * Offers the fix of `find` elsewhere, but only the same mistake: with `flagCode` (the fix
   * answered a flag), only pairs where that check flags the same text, all ticked; without one,
   * pairs with the same words, none ticked, and never a deletion (a junk "Mais" removed here
   * must not offer to delete "Mais" from "Mais alguma coisa" elsewhere).
   */
  const propose = useCallback(async (find: string, replace: string, fromPairId: string, flagCode?: string) => {
    const mine = ++generation.current;
    setOffer(null);
    if (!flagCode && !replace.trim()) return;
    try {
      const scope = { find, replace, ...MATCH, limit: OFFER_LIMIT, ...(flagCode ? { flagCode } : {}) };
      const [here, everywhere] = await Promise.all([
        api.replacePreview({ ...scope, documentId }),
        api.replacePreview(scope),
      ]);
      if (mine !== generation.current) return;
      const { matches, total } = offerMatches(documentId, here, everywhere, fromPairId);
      const chosen = new Set(flagCode ? matches.map((m) => m.pairId) : []);
      setOffer(matches.length ? { find, replace, fromPairId, flagCode: flagCode ?? null, matches, total, chosen, applying: false } : null);
    } catch {
      // The offer is a convenience: a failed look-up must not disturb the edit just saved.
    }
  }, [documentId]);

  /** The offer belongs to the pair just fixed: moving to another pair ends it. */
  const leftPair = useCallback((pairId: string) => {
    if (latest.current && latest.current.fromPairId !== pairId) {
      generation.current++;
      setOffer(null);
    }
  }, []);

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

  return useMemo(() => ({ offer, propose, toggle, dismiss, apply, leftPair }), [offer, propose, toggle, dismiss, apply, leftPair]);
}

export type Propagation = ReturnType<typeof usePropagation>;
