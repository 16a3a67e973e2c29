import { useCallback, useMemo, useState, type MutableRefObject } from "react";
import { api } from "../../api/client.ts";
import { ApiProblem, describeError } from "../../api/problem.ts";
import type { Pair, User } from "../../api/types.ts";
import type { Drafts } from "../drafts/useDrafts.ts";
import { applyToDraft, locateFlag } from "../flags/flagSpans.ts";
import { replacedSpan } from "../propagate/replacedSpan.ts";
import { replaceInEditor } from "../review-grid/editorBridge.ts";
import type { Conflict, ConflictChoice, Notice, Overlay } from "./ReviewController.ts";
import type { PairsState } from "./usePairs.ts";

interface Deps {
  user: User;
  documentId: string;
  latest: MutableRefObject<{ pairs: Pair[]; positionOf: Map<string, number>; current: Pair | null; drafts: Drafts; editingId: string | null }>;
  pairsState: PairsState;
  drafts: Drafts;
  notify: (text: string, tone?: Notice["tone"]) => void;
  setEditingId: (id: string | null) => void;
  setOverlay: (overlay: Overlay | null) => void;
  /** Told after a saved change replaced one span, so the same fix can be offered elsewhere. */
  onReplaced: (find: string, replace: string, pairId: string) => void;
}

/**
 * Every call that changes a pair on the server. Each sends the version the user saw; a 409
 * never drops the user's text: an unsaved edit opens the conflict dialog, anything else
 * refreshes the pair and says so.
 * @param deps the controller's state (through a ref, read at call time) and its setters
 */
export function usePairMutations(deps: Deps) {
  const { user, documentId, latest, pairsState, drafts, notify, setEditingId, setOverlay, onReplaced } = deps;
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [running, setRunning] = useState(0);
  const [detailGeneration, setDetailGeneration] = useState(0);

  const pairById = useCallback((id: string) => {
    const { pairs, positionOf } = latest.current;
    return pairs[positionOf.get(id) ?? -1];
  }, [latest]);

  /** Runs one call; returns undefined after reporting a failure. */
  const run = useCallback(async <T,>(call: () => Promise<T>, on409?: (problem: ApiProblem) => void): Promise<T | undefined> => {
    setRunning((n) => n + 1);
    try {
      return await call();
    } catch (failure) {
      if (failure instanceof ApiProblem && failure.status === 409) {
        if (failure.current) pairsState.update([failure.current]);
        if (on409) on409(failure);
        else notify("Someone changed this pair meanwhile. It now shows their version; check it and try again.", "error");
      } else notify(describeError(failure), "error");
      return undefined;
    } finally {
      setRunning((n) => n - 1);
    }
  }, [notify, pairsState]);

  const setDraft = useCallback((pairId: string, text: string) => {
    const pair = pairById(pairId);
    if (!pair) return;
    if (text === pair.ptText && !drafts.get(pairId)) return;
    drafts.set(pairId, text, pair.version);
  }, [drafts, pairById]);

  const saveText = useCallback(async (pairId: string, text: string, version: number): Promise<Pair | null> => {
    const before = pairById(pairId)?.ptText;
    const body = await run(() => api.savePair(pairId, text, version), (problem) => {
      if (problem.current) setConflict({ pairId, mine: text, theirs: problem.current });
    });
    if (!body) return null;
    latest.current.drafts.clear(pairId);
    pairsState.update([body.pair]);
    const span = before === undefined ? null : replacedSpan(before, body.pair.ptText);
    if (span) onReplaced(span.find, span.replace, pairId);
    return body.pair;
  }, [pairById, run, latest, pairsState, onReplaced]);

  /** Saves the pair's draft if it differs from the stored text; returns the pair as now stored. */
  const saveIfDirty = useCallback(async (pairId: string): Promise<Pair | null> => {
    const pair = pairById(pairId);
    const draft = latest.current.drafts.get(pairId);
    if (!pair) return null;
    if (!draft) return pair;
    if (draft.text === pair.ptText && draft.baseVersion === pair.version) {
      latest.current.drafts.clear(pairId);
      return pair;
    }
    return saveText(pairId, draft.text, draft.baseVersion);
  }, [pairById, latest, saveText]);

  const save = useCallback(async (pairId?: string) => {
    const id = pairId ?? latest.current.current?.id;
    if (!id) return null;
    const saved = await saveIfDirty(id);
    if (saved) notify("Saved.", "success");
    return saved;
  }, [latest, saveIfDirty, notify]);

  const confirmOrApprove = useCallback(async (pairId: string): Promise<boolean> => {
    const pair = await saveIfDirty(pairId);
    if (!pair) return false;
    const reviewer = user.role !== "translator";
    const body = await run(() => (reviewer ? api.approve(pair.id, pair.version) : api.confirm(pair.id, pair.version)));
    if (!body) return false;
    pairsState.update([body.pair]);
    return true;
  }, [saveIfDirty, user.role, run, pairsState]);

  const applySuggestion = useCallback(async (pair: Pair, flag: Pair["flags"][number]) => {
    const draft = latest.current.drafts.get(pair.id);
    if (flag.suggestion == null) return;
    if (latest.current.editingId === pair.id) {
      // Typed into the open editor, so the change joins its undo stack (Ctrl+Z takes it back).
      const start = locateFlag(draft?.text ?? pair.ptText, flag);
      if (start < 0) return notify(`“${flag.text}” is no longer in your edit.`, "error");
      if (replaceInEditor(start, start + flag.text.length, flag.suggestion)) return;
    }
    if (draft && draft.text !== pair.ptText) {
      // The flag's offsets point into the saved text; apply to the draft so no typing is lost.
      const text = applyToDraft(draft.text, flag);
      if (text === null) return notify(`“${flag.text}” is no longer in your edit.`, "error");
      drafts.set(pair.id, text, pair.version);
      return;
    }
    const body = await run(() => api.applyFlag(pair.id, flag.id, pair.version));
    if (body) {
      latest.current.drafts.clear(pair.id);
      pairsState.update([body.pair]);
      if (flag.text.trim() && flag.text !== flag.suggestion) onReplaced(flag.text, flag.suggestion, pair.id);
    }
  }, [latest, drafts, notify, run, pairsState, onReplaced]);

  const dismissFlag = useCallback(async (pairId: string, flagId: string, reason: string) => {
    const body = await run(() => api.dismissFlag(pairId, flagId, reason));
    if (body) pairsState.update([body.pair]);
    setOverlay(null);
  }, [run, pairsState, setOverlay]);

  const reject = useCallback(async (pairIds: string[], comment: string) => {
    for (const id of pairIds) {
      const pair = pairById(id);
      if (!pair) continue;
      const body = await run(() => api.reject(pair.id, pair.version, comment));
      if (body) pairsState.update([body.pair]);
    }
    setOverlay(null);
    setDetailGeneration((g) => g + 1);
  }, [pairById, run, pairsState, setOverlay]);


  const approveMany = useCallback(async (pairIds: string[], comment?: string): Promise<boolean> => {
    if (!pairIds.length) return false;
    const body = await run(() => api.approveMany(documentId, pairIds, comment));
    if (!body) return false;
    await pairsState.reload();
    notify(body.conflicts.length
      ? `Approved ${body.approved}; ${body.conflicts.length} changed meanwhile and were left as they are.`
      : `Approved ${body.approved} pairs.`, body.conflicts.length ? "error" : "success");
    return true;
  }, [run, documentId, pairsState, notify]);

  const approve = useCallback(async (pairIds: string[], comment: string) => {
    setOverlay(null);
    const only = pairIds.length === 1 ? pairById(pairIds[0] ?? "") : undefined;
    if (!only) {
      await approveMany(pairIds, comment || undefined);
      return;
    }
    const pair = await saveIfDirty(only.id);
    if (!pair) return;
    const body = await run(() => api.approve(pair.id, pair.version, comment || undefined));
    if (body) pairsState.update([body.pair]);
    setDetailGeneration((g) => g + 1);
  }, [setOverlay, pairById, approveMany, saveIfDirty, run, pairsState]);

  /** Alignment changes renumber pairs, so the whole list is fetched again afterwards. */
  const restructure = useCallback(async (call: (pair: Pair) => Promise<{ pairs: Pair[] }>, done: string) => {
    const current = latest.current.current;
    if (!current) return;
    const pair = await saveIfDirty(current.id);
    if (!pair) return;
    setEditingId(null);
    const body = await run(() => call(pair));
    if (!body) return;
    await pairsState.reload();
    notify(done, "success");
  }, [latest, saveIfDirty, setEditingId, run, pairsState, notify]);

  const resolveConflict = useCallback(async (choice: ConflictChoice) => {
    if (!conflict) return;
    setConflict(null);
    if (choice.keep === "theirs") {
      drafts.clear(conflict.pairId);
      pairsState.update([conflict.theirs]);
      notify("Kept their version.", "info");
      return;
    }
    const text = choice.keep === "mine" ? conflict.mine : choice.text;
    const saved = await saveText(conflict.pairId, text, conflict.theirs.version);
    if (saved) notify("Saved your version over theirs; both are in the history.", "success");
  }, [conflict, drafts, pairsState, notify, saveText]);

  return useMemo(() => ({
    conflict,
    busy: running > 0,
    detailGeneration,
    setDraft, save, saveIfDirty, confirmOrApprove, applySuggestion, dismissFlag, reject, approve, approveMany, resolveConflict,
    mergeNext: () => restructure((p) => api.mergeNext(p.id, p.version), "Merged with the next pair."),
    split: (pairId: string, ptAt: number, enAt: number) => {
      setOverlay(null);
      return restructure((p) => (p.id === pairId ? api.split(p.id, p.version, ptAt, enAt) : Promise.reject(new Error("The pair to split is no longer current."))), "Split the pair in two.");
    },
    moveSentence: (side: "pt" | "en", direction: "to-prev" | "to-next") =>
      restructure((p) => api.move(p.id, p.version, side, direction), `Moved a sentence to the ${direction === "to-prev" ? "previous" : "next"} pair.`),
    revert: async (editId: string) => {
      const pair = latest.current.current;
      if (!pair) return;
      const body = await run(() => api.revert(pair.id, pair.version, editId));
      if (body) {
        pairsState.update([body.pair]);
        notify("Reverted; the revert is a new entry in the history.", "success");
      }
    },
    addComment: async (bodyText: string) => {
      const pair = latest.current.current;
      if (!pair) return;
      const body = await run(() => api.comment(pair.id, bodyText));
      if (body) {
        pairsState.update([{ ...pair, commentCount: pair.commentCount + 1 }]);
        setDetailGeneration((g) => g + 1);
      }
    },
  }), [conflict, running, detailGeneration, setDraft, save, saveIfDirty, confirmOrApprove, applySuggestion, dismissFlag, reject, approve, approveMany, resolveConflict, restructure, setOverlay, latest, run, pairsState, notify]);
}
