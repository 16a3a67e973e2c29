import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { api } from "../../api/client.ts";
import type { DocumentFlag, DocumentSummary, Pair, User } from "../../api/types.ts";
import { describeError } from "../../api/problem.ts";
import { useDrafts } from "../drafts/useDrafts.ts";
import { filterPairs, needsWork, NO_FILTERS, type Filters } from "../filters/filters.ts";
import { activeFlags } from "../flags/flagSpans.ts";
import { countLowConfidence, withoutLowConfidence } from "../flags/lowConfidence.ts";
import { useGlossary } from "../glossary/useGlossary.ts";
import { usePropagation } from "../propagate/usePropagation.ts";
import { useMemoryMatches } from "../memory/useMemoryMatches.ts";
import { useUndo } from "../undo/useUndo.ts";
import { replaceInEditor, replaceWhenEditorOpens } from "../review-grid/editorBridge.ts";
import type { JumpTarget, Notice, Overlay, PanelTab, ReviewController } from "./ReviewController.ts";
import { usePairMutations } from "./usePairMutations.ts";
import { usePairs } from "./usePairs.ts";
import { useLiveDocument } from "../live/useLiveDocument.ts";
import { parseRoute } from "../../app/routes.ts";

/**
 * The state of the review screen and every action on it (see ReviewController).
 * @param user the signed-in user; their role decides what Ctrl+Enter does and what "needs work" means
 * @param documentId the document under review
 * @param initialPairId a pair to open on (from the URL), if any
 */
export function useReviewController(user: User, documentId: string, initialPairId?: string): ReviewController {
  const loaded = usePairs(documentId);
  // Low-confidence flags are shown only on demand: every part of the screen (grid, panel, filters, jumps, QA summary)
  // reads `pairs`, so leaving them out here leaves them out everywhere.
  const [showLowConfidence, setShowLowConfidence] = useState(false);
  const pairs = useMemo(() => (showLowConfidence ? loaded.pairs : withoutLowConfidence(loaded.pairs)), [loaded.pairs, showLowConfidence]);
  const lowConfidenceCount = useMemo(() => countLowConfidence(loaded.pairs), [loaded.pairs]);
  // Pairs changed since the filters were last set; see filterPairs.
  const [sticky, setSticky] = useState<ReadonlySet<string>>(new Set());
  const pairsState = useMemo(() => ({
    ...loaded,
    update: (fresh: readonly Pair[]) => {
      setSticky((s) => new Set([...s, ...fresh.map((p) => p.id)]));
      loaded.update(fresh);
    },
  }), [loaded]);
  const drafts = useDrafts();
  const [document, setDocument] = useState<DocumentSummary | null>(null);
  const [filters, setFiltersState] = useState<Filters>(NO_FILTERS);
  const setFilters = useCallback((next: Filters) => {
    setSticky(new Set());
    setFiltersState(next);
  }, []);
  const [currentId, setCurrentId] = useState<string | null>(initialPairId ?? null);
  // The hash this screen last wrote for the current pair (see below): a hash naming another
  // pair is a link followed within the open document, which moves there.
  const lastWritten = useRef<string | null>(null);
  useEffect(() => {
    if (initialPairId && initialPairId !== lastWritten.current) setCurrentId(initialPairId);
  }, [initialPairId]);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [flagIndex, setFlagIndex] = useState(0);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [panelOpen, setPanelOpen] = useState(true);
  const [showDiff, setShowDiff] = useState(true);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [panelTab, setPanelTab] = useState<PanelTab>("pair");
  const [concordanceQuery, setConcordanceQuery] = useState("");
  const terms = useGlossary();

  // The header's word counts are the summary's, so fetch it again whenever a status changes
  // here (a confirm, an approval, a first edit); while pairs load, their statuses say nothing new.
  const statusTally = useMemo(() => (loaded.loading ? "" : tallyStatuses(pairs)), [loaded.loading, pairs]);
  const firstPageIn = pairs.length > 0 || !loaded.loading;
  useEffect(() => {
    // Not before the first page of pairs: the summary counts words over every pair, and on the
    // single database connection it would hold up the rows the reviewer is waiting to see.
    if (!firstPageIn) return;
    let live = true;
    api.document(documentId).then((body) => live && setDocument(body.document), () => {});
    return () => {
      live = false;
    };
  }, [documentId, pairsState.loading, statusTally, firstPageIn]);

  const notify = useCallback((text: string, tone: Notice["tone"] = "info") => setNotice({ text, tone }), []);
  useEffect(() => {
    if (!notice || notice.tone === "error") return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  // Which pairs have a memory match: asked for once the filter wants it.
  const [matchedPairIds, setMatchedPairIds] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    // Turned off, it forgets: turned on again, it asks again (pairs confirmed meanwhile count).
    if (!filters.memoryMatch) return setMatchedPairIds(null);
    if (matchedPairIds) return;
    let live = true;
    api.matchedPairs(documentId).then((body) => live && setMatchedPairIds(new Set(body.pairIds)), () => live && setMatchedPairIds(new Set()));
    return () => {
      live = false;
    };
  }, [filters.memoryMatch, matchedPairIds, documentId]);
  const visible = useMemo(() => filterPairs(pairs, filters, user.role, sticky, matchedPairIds ?? undefined), [pairs, filters, user.role, sticky, matchedPairIds]);
  const positionOf = useMemo(() => new Map(pairs.map((p, i) => [p.id, i])), [pairs]);

  // Until the user picks a pair, the first one is current, so the keyboard works at once.
  const effectiveId = currentId && positionOf.has(currentId) ? currentId : pairs[visible[0] ?? 0]?.id ?? null;
  const currentPosition = effectiveId ? positionOf.get(effectiveId) ?? -1 : -1;
  const current = currentPosition >= 0 ? pairs[currentPosition] ?? null : null;
  const currentVisibleIndex = useMemo(() => visible.indexOf(currentPosition), [visible, currentPosition]);
  const flags = current ? activeFlags(current.flags) : [];
  const focusedFlag = flags.length ? flags[Math.min(flagIndex, flags.length - 1)] ?? null : null;

  // The URL names the current pair, so a reload (or a shared link) returns to the same place.
  useEffect(() => {
    if (!effectiveId) return;
    // A link just arrived (or its pair is still loading): let the current pair catch up first,
    // rather than write the old pair back over it.
    if (initialPairId && initialPairId !== effectiveId && initialPairId !== lastWritten.current) return;
    // A link followed after this render (its hashchange not yet handled) names another pair than
    // the one this render saw or this screen wrote: writing now would put the old pair back over
    // the link, and the link would be lost (the e2e openAt flake). Its hashchange renders again.
    const there = parseRoute(window.location.hash);
    if (there.screen !== "review" || there.documentId !== documentId) return;
    if (there.pairId !== undefined && there.pairId !== initialPairId && there.pairId !== lastWritten.current) return;
    lastWritten.current = effectiveId;
    const hash = `#/documents/${encodeURIComponent(documentId)}/${encodeURIComponent(effectiveId)}`;
    if (window.location.hash === hash) return;
    window.history.replaceState(null, "", hash);
    // replaceState fires no event: say so, or the route the app holds stays on the old pair and a
    // later link back to that pair looks like no change at all.
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  }, [documentId, effectiveId, initialPairId]);

  // Async actions read the latest state through this ref, not through stale closures.
  const latest = useRef({ pairs, visible, positionOf, current, currentVisibleIndex, editingId, drafts, selection });
  latest.current = { pairs, visible, positionOf, current, currentVisibleIndex, editingId, drafts, selection };

  const propagation = usePropagation(documentId, pairsState.update, pairsState.reload, notify);
  const undo = useUndo(latest, pairsState, notify);
  const mutations = usePairMutations({ user, documentId, latest, pairsState, drafts, notify, setEditingId, setOverlay, onReplaced: propagation.propose, record: undo.record });
  const matches = useMemoryMatches(current);

  const goTo = useCallback((pairId: string) => {
    const editing = latest.current.editingId;
    if (editing && editing !== pairId) void mutations.saveIfDirty(editing).then(() => setEditingId(null));
    // The fix offer belongs to the pair just fixed; leaving it ends the offer (a later
    // Alt+Enter must not apply an offer the user no longer sees beside its pair).
    propagation.leftPair(pairId);
    setCurrentId(pairId);
    setFlagIndex(0);
  }, [mutations, propagation]);

  const step = useCallback((delta: number) => {
    const { visible: shown, currentVisibleIndex: at, pairs: all } = latest.current;
    const target = shown[Math.max(0, Math.min(shown.length - 1, (at < 0 ? 0 : at) + delta))];
    const pair = target === undefined ? undefined : all[target];
    if (pair) goTo(pair.id);
  }, [goTo]);

  const goToEdge = useCallback((edge: "first" | "last") => {
    const { visible: shown, pairs: all } = latest.current;
    const pair = all[(edge === "first" ? shown[0] : shown[shown.length - 1]) ?? -1];
    if (pair) goTo(pair.id);
  }, [goTo]);

  const goToNextNeedingWork = useCallback(() => {
    const { visible: shown, currentVisibleIndex: at, pairs: all } = latest.current;
    for (let i = at + 1; i < shown.length; i++) {
      const pair = all[shown[i] ?? -1];
      if (pair && needsWork(pair, user.role)) return goTo(pair.id);
    }
    notify("No pair after this one needs work.", "success");
  }, [goTo, notify, user.role]);

  const startEditing = useCallback((pairId?: string) => {
    const id = pairId ?? latest.current.current?.id;
    if (!id) return;
    setCurrentId(id);
    setEditingId(id);
  }, []);

  const stopEditing = useCallback(async () => {
    const id = latest.current.editingId;
    if (!id) return;
    setEditingId(null);
    await mutations.saveIfDirty(id);
  }, [mutations]);

  /**
   * Whether the reviewer is still on `pairId` when a sign-off's answer arrives, so moving on is
   * still wanted. A link followed meanwhile changed the URL before the grid caught up with it
   * (the grid's current pair follows the URL one render later): the URL is asked too, or the
   * late answer would move the reviewer away from the pair the link opened.
   */
  const stillOn = useCallback((pairId: string): boolean => {
    if (latest.current.current?.id !== pairId) return false;
    const route = parseRoute(window.location.hash);
    return route.screen === "review" && (route.pairId === undefined || route.pairId === pairId);
  }, []);

  const confirmAndNext = useCallback(async () => {
    const pair = latest.current.current;
    if (!pair) return;
    const done = await mutations.confirmOrApprove(pair.id);
    if (done && stillOn(pair.id)) {
      setEditingId(null);
      goToNextNeedingWork();
    }
  }, [mutations, goToNextNeedingWork, stillOn]);

  // The last pair ticked or unticked: where a Shift-click range starts.
  const anchor = useRef<string | null>(null);
  const toggleSelection = useCallback((pairId?: string) => {
    const id = pairId ?? latest.current.current?.id;
    if (!id) return;
    anchor.current = id;
    setSelection((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const selectRange = useCallback((pairId: string) => {
    const { visible: shown, pairs: all, positionOf: at } = latest.current;
    const from = anchor.current ? shown.indexOf(at.get(anchor.current) ?? -1) : -1;
    const to = shown.indexOf(at.get(pairId) ?? -1);
    if (from < 0 || to < 0) return toggleSelection(pairId);
    const [lo, hi] = from < to ? [from, to] : [to, from];
    const range = shown.slice(lo, hi + 1).map((p) => all[p]?.id).filter((id): id is string => !!id);
    anchor.current = pairId;
    setSelection((previous) => new Set([...previous, ...range]));
  }, [toggleSelection]);

  const selectAllShown = useCallback(() => {
    const { visible: shown, pairs: all, selection: chosen } = latest.current;
    const ids = shown.map((p) => all[p]?.id).filter((id): id is string => !!id);
    const everyOne = ids.length > 0 && ids.every((id) => chosen.has(id));
    setSelection(everyOne ? new Set() : new Set(ids));
    notify(everyOne ? "Selection cleared." : `Selected the ${ids.length.toLocaleString("en")} ${ids.length === 1 ? "pair" : "pairs"} shown.`, "info");
  }, [notify]);

  const confirmAnyway = useCallback(async (pairId: string, reason: string) => {
    setOverlay(null);
    const done = await mutations.confirmOrApprove(pairId, { reason });
    if (done && stillOn(pairId)) {
      setEditingId(null);
      goToNextNeedingWork();
    }
  }, [mutations, goToNextNeedingWork, stillOn]);

  const insertMatch = useCallback(async (n: number) => {
    const pair = latest.current.current;
    const match = matches?.[n];
    if (!pair || !match) return notify(matches ? `There is no memory match ${n + 1} for this pair.` : "The memory matches are still loading.", "info");
    await mutations.insertText(pair.id, match.ptText, `inserted match ${n + 1}`);
  }, [matches, mutations, notify]);

  const approveSelection = useCallback(async () => {
    const ids = [...latest.current.selection];
    if (await mutations.approveMany(ids)) setSelection(new Set());
  }, [mutations]);

  const jump = useCallback((target: JumpTarget, delta: 1 | -1) => {
    const { visible: shown, currentVisibleIndex: at, pairs: all } = latest.current;
    const wanted = (pair: Pair) => (target === "flagged" ? activeFlags(pair.flags).length > 0 : needsWork(pair, user.role));
    // Wraps around, as a CAT tool's "next unconfirmed" does, so the last pair is not a dead end.
    for (let step = 1; step <= shown.length; step++) {
      const pair = all[shown[(((at < 0 ? -1 : at) + delta * step) % shown.length + shown.length) % shown.length] ?? -1];
      if (pair && pair.id !== latest.current.current?.id && wanted(pair)) return goTo(pair.id);
    }
    notify(target === "flagged" ? "No other pair has an open flag." : "No other pair needs work.", "success");
  }, [goTo, notify, user.role]);

  const copySource = useCallback(() => {
    const pair = latest.current.current;
    if (!pair) return;
    if (latest.current.editingId === pair.id && replaceInEditor(0, Number.MAX_SAFE_INTEGER, pair.enText)) return;
    replaceWhenEditorOpens(pair.enText);
    startEditing(pair.id);
  }, [startEditing]);

  const showPanel = useCallback((tab: PanelTab) => {
    setPanelTab(tab);
    setPanelOpen(true);
  }, []);

  const live = useLiveDocument({ documentId, userId: user.id, pairId: current?.id ?? null, editing: editingId !== null && editingId === current?.id, pairs: loaded.pairs, update: loaded.update, reload: loaded.reload,
    keepMine: (id) => latest.current.editingId === id || latest.current.drafts.get(id) !== undefined });

  // A document finding's dismissal answers with the document's findings as stored after.
  const setDocumentFlags = useCallback(async (call: () => Promise<{ documentFlags: DocumentFlag[] }>, done: string) => {
    try {
      const { documentFlags } = await call();
      setDocument((d) => (d ? { ...d, documentFlags } : d));
      notify(done);
    } catch (err) {
      notify(describeError(err), "error");
    }
  }, [notify]);
  const refreshDocument = useCallback(async () => {
    const body = await api.document(documentId);
    setDocument(body.document);
  }, [documentId]);
  const dismissDocumentFlag = useCallback((flag: DocumentFlag, reason: string) =>
    setDocumentFlags(() => api.dismissDocumentFlag(documentId, flag, reason), "Finding dismissed for this document."), [setDocumentFlags, documentId]);
  const restoreDocumentFlag = useCallback((flag: DocumentFlag) =>
    setDocumentFlags(() => api.restoreDocumentFlag(documentId, flag), "Finding restored."), [setDocumentFlags, documentId]);

  const focusSearch = useCallback(() => {
    window.document.querySelector<HTMLInputElement>("[data-filter-search]")?.focus();
  }, []);

  return {
    user, documentId, document,
    pairs, total: pairsState.total, loading: pairsState.loading, error: pairsState.error,
    visible, filters, setFilters,
    current, currentVisibleIndex, editingId, focusedFlag, selection, drafts,
    others: live.others, editedByOthers: live.editedByOthers,
    panelOpen, showDiff, showLowConfidence, lowConfidenceCount, overlay, conflict: mutations.conflict, notice, busy: mutations.busy,
    setOverlay, notify, goTo, step, goToEdge, startEditing, stopEditing,
    setDraft: mutations.setDraft,
    save: mutations.save,
    confirmAndNext,
    applySuggestion: mutations.applySuggestion,
    cycleFlag: (delta) => setFlagIndex((i) => (flags.length ? (Math.min(i, flags.length - 1) + delta + flags.length) % flags.length : 0)),
    dismissFlag: mutations.dismissFlag,
    dismissDocumentFlag, restoreDocumentFlag,
    reject: mutations.reject,
    approve: mutations.approve,
    approveAnyway: async (pairIds: string[], reason: string, comment?: string) => {
      setOverlay(null);
      await mutations.approveMany(pairIds, comment, { reason });
    },
    recase: mutations.recase,
    approveSelection, toggleSelection,
    mergeNext: mutations.mergeNext,
    split: mutations.split,
    moveSentence: mutations.moveSentence,
    revert: mutations.revert,
    addComment: mutations.addComment,
    resolveConflict: mutations.resolveConflict,
    togglePanel: () => setPanelOpen((open) => !open),
    toggleDiff: () => setShowDiff((on) => !on),
    toggleLowConfidence: () => setShowLowConfidence((on) => !on),
    focusSearch,
    terms,
    propagation: propagation.offer,
    togglePropagationTarget: propagation.toggle,
    applyPropagation: propagation.apply,
    dismissPropagation: propagation.dismiss,
    panelTab, showPanel,
    concordanceQuery, setConcordanceQuery,
    copySource, jump,
    confirmAnyway,
    reopen: mutations.reopen,
    undo: undo.undo,
    redo: undo.redo,
    matches, insertMatch,
    matchedPairIds,
    selectRange, selectAllShown,
    detailGeneration: mutations.detailGeneration,
    reloadPairs: pairsState.reload,
    refreshDocument,
  };
}

/** Pairs per status as one string: changes exactly when some pair's status does. */
function tallyStatuses(pairs: readonly Pair[]): string {
  const counts: Partial<Record<Pair["status"], number>> = {};
  for (const pair of pairs) counts[pair.status] = (counts[pair.status] ?? 0) + 1;
  return JSON.stringify(counts);
}
