import { useCallback, useMemo, useState, type MutableRefObject } from "react";
import { api } from "../../api/client.ts";
import type { Override } from "../../api/client.ts";
import { ApiProblem, describeError } from "../../api/problem.ts";
import { followJob } from "../../api/jobs.ts";
import type { Pair, RecaseApplyResponse, User } from "../../api/types.ts";
import type { UndoEntry } from "../undo/undoEntry.ts";
import type { Drafts } from "../drafts/useDrafts.ts";
import { applyToDraft, locateFlag } from "../flags/flagSpans.ts";
import { replacedSpan } from "../propagate/replacedSpan.ts";
import { replaceInEditor } from "../review-grid/editorBridge.ts";
import type { Conflict, ConflictChoice, Overlay } from "./ReviewController.ts";
import type { Notify } from "./notice.ts";
import type { PairsState } from "./usePairs.ts";

interface Deps {
  user: User;
  documentId: string;
  latest: MutableRefObject<{ pairs: Pair[]; positionOf: Map<string, number>; current: Pair | null; drafts: Drafts; editingId: string | null }>;
  pairsState: PairsState;
  drafts: Drafts;
  notify: Notify;
  setEditingId: (id: string | null) => void;
  setOverlay: (overlay: Overlay | null) => void;
  /**
   * Told after a saved change replaced one span, so the same fix can be offered elsewhere;
   * `flagCode` is the check whose flag the change answered, if it answered one.
   */
  onReplaced: (find: string, replace: string, pairId: string, flagCode?: string) => void;
  /** Told of every step Ctrl+Z can take back. */
  record: (entry: UndoEntry) => void;
}

/** The open flag a change of `find` answered: one over the same text. */
function answeredFlag(pair: Pair, find: string): string | undefined {
  const core = find.trim();
  return pair.flags.find((f) => !f.dismissed && f.text.trim() !== "" && (f.text.includes(core) || core.includes(f.text.trim())))?.code;
}

/**
 * Every call that changes a pair on the server. Each sends the version the user saw; a 409
 * never drops the user's text: an unsaved edit opens the conflict dialog, anything else
 * refreshes the pair and says so.
 * @param deps the controller's state (through a ref, read at call time) and its setters
 */
export function usePairMutations(deps: Deps) {
  const { user, documentId, latest, pairsState, drafts, notify, setEditingId, setOverlay, onReplaced, record } = deps;
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

  const saveText = useCallback(async (pairId: string, text: string, version: number, label = "edit"): Promise<Pair | null> => {
    const old = pairById(pairId);
    const before = old?.ptText;
    const body = await run(() => api.savePair(pairId, text, version), (problem) => {
      if (problem.current) setConflict({ pairId, mine: text, theirs: problem.current });
    });
    if (!body) return null;
    latest.current.drafts.clear(pairId);
    pairsState.update([body.pair]);
    if (before !== undefined && before !== body.pair.ptText) record({ kind: "text", label, pairId, before, after: body.pair.ptText });
    const span = before === undefined ? null : replacedSpan(before, body.pair.ptText);
    if (span && old) onReplaced(span.find, span.replace, pairId, answeredFlag(old, span.find));
    return body.pair;
  }, [pairById, run, latest, pairsState, onReplaced, record]);

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

  /**
   * Confirms (a translator) or approves (an editor). Open error flags stop it at the QA gate:
   * the gate dialog shows them with fix / dismiss / confirm anyway (an override with a reason).
   */
  const confirmOrApprove = useCallback(async (pairId: string, override?: Override): Promise<boolean> => {
    const pair = await saveIfDirty(pairId);
    if (!pair) return false;
    const action = user.role !== "translator" ? "approve" : "confirm";
    const body = await run(
      () => (action === "approve" ? api.approve(pair.id, pair.version, undefined, override) : api.confirm(pair.id, pair.version, override)),
      (problem) => {
        if (problem.openErrors) setOverlay({ kind: "qa-gate", pairId: pair.id, flags: problem.flags });
        else notify("Someone changed this pair meanwhile. It now shows their version; check it and try again.", "error");
      },
    );
    if (!body) return false;
    const filled = body.autoFilled ?? [];
    pairsState.update([body.pair, ...filled]);
    const before = new Map(filled.map((p) => [p.id, latest.current.pairs[latest.current.positionOf.get(p.id) ?? -1]?.ptText ?? ""]));
    record({ kind: "sign-off", pairId: pair.id, action, ...(override ? { override } : {}), filled: filled.map((p) => ({ pairId: p.id, before: before.get(p.id) ?? "", after: p.ptText })) });
    if (filled.length) notify(`Filled ${filled.length} ${filled.length === 1 ? "repetition" : "repetitions"} of this English with your translation (marked auto-filled; Ctrl+Z takes them back).`, "success");
    return true;
  }, [saveIfDirty, user.role, run, pairsState, setOverlay, notify, record, latest]);

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
      record({ kind: "text", label: "applied suggestion", pairId: pair.id, before: pair.ptText, after: body.pair.ptText });
      if (flag.text.trim() && flag.text !== flag.suggestion) onReplaced(flag.text, flag.suggestion, pair.id, flag.code);
    }
  }, [latest, drafts, notify, run, pairsState, onReplaced, record]);

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


  /**
   * Approves many pairs; the ones skipped for open errors are reported and offered for approval
   * anyway (the bulk gate dialog). With `override` those are approved too, the reason kept in
   * each one's history.
   */
  const approveMany = useCallback(async (pairIds: string[], comment?: string, override?: { reason: string }): Promise<boolean> => {
    if (!pairIds.length) return false;
    const body = await run(() => api.approveMany(documentId, pairIds, comment, override));
    if (!body) return false;
    await pairsState.reload();
    const skipped = body.skipped ?? [];
    const overridden = body.overridden ?? 0;
    const parts = [override
      ? `Approved ${body.approved.toLocaleString("en")} ${body.approved === 1 ? "pair" : "pairs"} anyway (${overridden.toLocaleString("en")} with open errors; the reason is in each one's history)`
      : `Approved ${body.approved.toLocaleString("en")} ${body.approved === 1 ? "pair" : "pairs"}`];
    if (skipped.length) parts.push(`skipped ${skipped.length} with open errors (${skipped.slice(0, 8).map((s) => `#${s.index + 1}`).join(", ")}${skipped.length > 8 ? ", …" : ""})`);
    if (body.conflicts.length) parts.push(`${body.conflicts.length} changed meanwhile and were left as they are`);
    notify(`${parts.join("; ")}.`, skipped.length || body.conflicts.length ? "error" : "success");
    if (skipped.length && !override) setOverlay({ kind: "bulk-gate", skipped, ...(comment ? { comment } : {}) });
    return true;
  }, [run, documentId, pairsState, notify, setOverlay]);

  /**
   * The bulk fix of a document in lower case: the pairs the reviewer kept in the preview are
   * recased on the server, one edit each, and the whole batch is one Ctrl+Z step.
   */
  const recase = useCallback(async (targets: { pairId: string; version: number }[]): Promise<RecaseApplyResponse | undefined> => {
    if (!targets.length) return undefined;
    const body = await run(() => api.recaseApply(documentId, targets));
    if (!body) return undefined;
    await pairsState.reload();
    const n = body.applied.length;
    const first = body.applied[0];
    if (first) record({ kind: "batch", label: `restored capitals in ${n.toLocaleString("en")} ${n === 1 ? "pair" : "pairs"}`, pairId: first.pairId, changes: body.applied.map(({ pairId, before, after }) => ({ pairId, before, after })) });
    const left = body.conflicts.length ? ` ${body.conflicts.length.toLocaleString("en")} changed since the preview and were left as they are.` : "";
    notify(`Restored capitals in ${n.toLocaleString("en")} ${n === 1 ? "pair" : "pairs"} (Ctrl+Z takes them all back).${left}`, body.conflicts.length ? "error" : "success");
    // The document's re-check runs as a job: its findings and the flags of the pairs left in
    // lower case change once it is done, so the pairs (and with them the header) load again then.
    if (body.recheck) void followJob(body.recheck).then(() => pairsState.reload(), (err: unknown) => notify(`The document could not be re-checked after the recasing: ${describeError(err)}`, "error"));
    return body;
  }, [run, documentId, pairsState, record, notify]);

  const approve = useCallback(async (pairIds: string[], comment: string) => {
    setOverlay(null);
    const only = pairIds.length === 1 ? pairById(pairIds[0] ?? "") : undefined;
    if (!only) {
      await approveMany(pairIds, comment || undefined);
      return;
    }
    const pair = await saveIfDirty(only.id);
    if (!pair) return;
    const body = await run(() => api.approve(pair.id, pair.version, comment || undefined), (problem) => {
      if (problem.openErrors) setOverlay({ kind: "qa-gate", pairId: pair.id, flags: problem.flags });
      else notify("Someone changed this pair meanwhile. It now shows their version; check it and try again.", "error");
    });
    if (body) pairsState.update([body.pair, ...(body.autoFilled ?? [])]);
    setDetailGeneration((g) => g + 1);
  }, [setOverlay, pairById, approveMany, saveIfDirty, run, pairsState, notify]);

  /** Alignment changes renumber pairs, so the whole list is fetched again afterwards. */
  const restructure = useCallback(async (call: (pair: Pair) => Promise<{ pairs: Pair[] }>, done: string, undoable?: (pair: Pair) => UndoEntry | null) => {
    const current = latest.current.current;
    if (!current) return;
    const pair = await saveIfDirty(current.id);
    if (!pair) return;
    setEditingId(null);
    const entry = undoable?.(pair) ?? null;
    const body = await run(() => call(pair));
    if (!body) return;
    await pairsState.reload();
    if (entry) record(entry);
    notify(done, "success");
  }, [latest, saveIfDirty, setEditingId, run, pairsState, notify, record]);

  /** Where a merge's second half will start, so an undo can split there again. */
  const mergePoint = useCallback((pair: Pair): UndoEntry | null => {
    const next = latest.current.pairs.find((p) => p.index === pair.index + 1);
    if (!next) return null;
    const at = (a: string, b: string) => (a && b ? a.length + 1 : a.length);
    return { kind: "merge", pairId: pair.id, ptAt: at(pair.ptText, next.ptText), enAt: at(pair.enText, next.enText) };
  }, [latest]);

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
    setDraft, save, saveIfDirty, confirmOrApprove, applySuggestion, dismissFlag, reject, approve, approveMany, resolveConflict, recase,
    mergeNext: () => restructure((p) => api.mergeNext(p.id, p.version), "Merged with the next pair.", mergePoint),
    split: (pairId: string, ptAt: number, enAt: number, reason?: "page-break") => {
      setOverlay(null);
      return restructure((p) => (p.id === pairId ? api.split(p.id, p.version, ptAt, enAt, reason) : Promise.reject(new Error("The pair to split is no longer current."))),
        reason === "page-break" ? "Split where the file had a line break (the aligner's join undone)." : "Split the pair in two.",
        () => ({ kind: "split", pairId, ptAt, enAt }));
    },
    /** An editor takes a signed-off pair back to work (recorded in its history). */
    reopen: async (reason?: string) => {
      const pair = latest.current.current;
      if (!pair) return;
      const body = await run(() => api.reopen(pair.id, pair.version, reason));
      if (body) {
        pairsState.update([body.pair]);
        setDetailGeneration((g) => g + 1);
        notify("Reopened; the history shows who reopened it.", "success");
      }
    },
    /** Puts a translation-memory match into the Portuguese (undoable). */
    insertText: async (pairId: string, text: string, label: string) => {
      const pair = pairById(pairId);
      if (!pair) return;
      if (latest.current.editingId === pairId && replaceInEditor(0, Number.MAX_SAFE_INTEGER, text)) return;
      await saveText(pairId, text, pair.version, label);
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
  }), [conflict, running, detailGeneration, setDraft, save, saveIfDirty, confirmOrApprove, applySuggestion, dismissFlag, reject, approve, approveMany, resolveConflict, recase, restructure, mergePoint, setOverlay, latest, run, pairsState, notify, pairById, saveText]);
}
