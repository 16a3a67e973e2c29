import { useCallback, useMemo, useRef, useState, type MutableRefObject } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { Pair } from "../../api/types.ts";
import type { Notify } from "../review/notice.ts";
import type { PairsState } from "../review/usePairs.ts";
import { describeEntry, type TextChange, type UndoEntry } from "./undoEntry.ts";
import { afterRedo, afterUndo, EMPTY_STACKS, recorded, type UndoStacks } from "./undoStack.ts";

/**
 * Ctrl+Z and Ctrl+Shift+Z in the grid: takes back (or does again) the last edit, applied
 * suggestion, inserted match, confirm, merge or split, each through a new request, so every
 * step is a new Edit in the pair's history. Each step reads the pair's version as it is now; if
 * someone changed the pair meanwhile, the server's 409 stops the step and nothing is overwritten.
 * @param latest the grid's pairs, read at call time
 * @param pairsState where fresh pairs go (and the reload after an alignment change)
 * @param notify says what was undone, or why it could not be
 */
export function useUndo(latest: MutableRefObject<{ pairs: Pair[]; positionOf: Map<string, number> }>, pairsState: PairsState, notify: Notify) {
  const [stacks, setStacks] = useState<UndoStacks>(EMPTY_STACKS);
  const current = useRef(stacks);
  current.current = stacks;
  const running = useRef(false);

  const pairById = useCallback((id: string) => latest.current.pairs[latest.current.positionOf.get(id) ?? -1], [latest]);

  // The ref is updated at once, not at the next render: a Ctrl+Z pressed right after a save's answer sees it.
  const record = useCallback((entry: UndoEntry) => {
    current.current = recorded(current.current, entry);
    setStacks(current.current);
  }, []);

  /** Puts `text` back into each pair that still holds what the step left there. */
  const setTexts = useCallback(async (changes: { pairId: string; from: string; to: string }[]) => {
    const fresh: Pair[] = [];
    for (const change of changes) {
      let pair = pairById(change.pairId);
      if (!pair) continue;
      // The grid may not have the save's answer yet (Ctrl+Z pressed right after an edit): ask the server.
      if (pair.ptText !== change.from) pair = (await api.pair(pair.id)).pair;
      if (pair.ptText !== change.from) continue;
      fresh.push((await api.savePair(pair.id, change.to, pair.version)).pair);
    }
    pairsState.update(fresh);
  }, [pairById, pairsState]);

  const back = (c: TextChange) => ({ pairId: c.pairId, from: c.after, to: c.before });
  const forth = (c: TextChange) => ({ pairId: c.pairId, from: c.before, to: c.after });

  const perform = useCallback(async (entry: UndoEntry, direction: "undo" | "redo") => {
    const pair = pairById(entry.pairId);
    if (!pair) throw new Error("That pair is no longer in the document.");
    switch (entry.kind) {
      case "text":
        return setTexts([direction === "undo" ? back(entry) : forth(entry)]);
      case "batch":
        return setTexts(entry.changes.map(direction === "undo" ? back : forth));
      case "sign-off":
        if (direction === "undo") {
          pairsState.update([(await api.reopen(pair.id, pair.version, "Undone")).pair]);
          return setTexts(entry.filled.map(back));
        } else {
          const call = entry.action === "approve" ? api.approve(pair.id, pair.version, undefined, entry.override) : api.confirm(pair.id, pair.version, entry.override);
          const body = await call;
          return pairsState.update([body.pair, ...(body.autoFilled ?? [])]);
        }
      case "merge":
      case "split": {
        const splitNow = (entry.kind === "merge") === (direction === "undo");
        if (splitNow) await api.split(pair.id, pair.version, entry.ptAt, entry.enAt);
        else await api.mergeNext(pair.id, pair.version);
        return pairsState.reload();
      }
    }
  }, [pairById, setTexts, pairsState]);

  const step = useCallback(async (direction: "undo" | "redo") => {
    if (running.current) return;
    const entry = direction === "undo" ? current.current.done.at(-1) : current.current.undone.at(-1);
    if (!entry) return notify(direction === "undo" ? "Nothing to undo." : "Nothing to redo.", "info");
    running.current = true;
    try {
      await perform(entry, direction);
      setStacks((s) => (direction === "undo" ? afterUndo(s) : afterRedo(s)));
      notify(`${direction === "undo" ? "Undid" : "Redid"} the ${describeEntry(entry)}; the history keeps both.`, "success");
    } catch (failure) {
      notify(`Could not ${direction} the ${describeEntry(entry)}: ${describeError(failure)}`, "error");
    } finally {
      running.current = false;
    }
  }, [perform, notify]);

  return useMemo(() => ({
    record,
    undo: () => step("undo"),
    redo: () => step("redo"),
    canUndo: stacks.done.length > 0,
    canRedo: stacks.undone.length > 0,
  }), [record, step, stacks]);
}
