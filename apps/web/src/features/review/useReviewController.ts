import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { api } from "../../api/client.ts";
import type { DocumentSummary, Pair, User } from "../../api/types.ts";
import { useDrafts } from "../drafts/useDrafts.ts";
import { filterPairs, needsWork, NO_FILTERS, type Filters } from "../filters/filters.ts";
import { activeFlags } from "../flags/flagSpans.ts";
import { useGlossary } from "../glossary/useGlossary.ts";
import { usePropagation } from "../propagate/usePropagation.ts";
import { replaceInEditor, replaceWhenEditorOpens } from "../review-grid/editorBridge.ts";
import type { JumpTarget, Notice, Overlay, PanelTab, ReviewController } from "./ReviewController.ts";
import { usePairMutations } from "./usePairMutations.ts";
import { usePairs } from "./usePairs.ts";
import { useLiveDocument } from "../live/useLiveDocument.ts";

/**
 * The state of the review screen and every action on it (see ReviewController).
 * @param user the signed-in user; their role decides what Ctrl+Enter does and what "needs work" means
 * @param documentId the document under review
 * @param initialPairId a pair to open on (from the URL), if any
 */
export function useReviewController(user: User, documentId: string, initialPairId?: string): ReviewController {
  const loaded = usePairs(documentId);
  const { pairs } = loaded;
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
  useEffect(() => {
    let live = true;
    api.document(documentId).then((body) => live && setDocument(body.document), () => {});
    return () => {
      live = false;
    };
  }, [documentId, pairsState.loading, statusTally]);

  const notify = useCallback((text: string, tone: Notice["tone"] = "info") => setNotice({ text, tone }), []);
  useEffect(() => {
    if (!notice || notice.tone === "error") return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  const visible = useMemo(() => filterPairs(pairs, filters, user.role, sticky), [pairs, filters, user.role, sticky]);
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
    const hash = `#/documents/${encodeURIComponent(documentId)}/${encodeURIComponent(effectiveId)}`;
    if (window.location.hash !== hash) window.history.replaceState(null, "", hash);
  }, [documentId, effectiveId]);

  // Async actions read the latest state through this ref, not through stale closures.
  const latest = useRef({ pairs, visible, positionOf, current, currentVisibleIndex, editingId, drafts, selection });
  latest.current = { pairs, visible, positionOf, current, currentVisibleIndex, editingId, drafts, selection };

  const propagation = usePropagation(documentId, pairsState.update, pairsState.reload, notify);
  const mutations = usePairMutations({ user, documentId, latest, pairsState, drafts, notify, setEditingId, setOverlay, onReplaced: propagation.propose });

  const goTo = useCallback((pairId: string) => {
    const editing = latest.current.editingId;
    if (editing && editing !== pairId) void mutations.saveIfDirty(editing).then(() => setEditingId(null));
    setCurrentId(pairId);
    setFlagIndex(0);
  }, [mutations]);

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

  const confirmAndNext = useCallback(async () => {
    const pair = latest.current.current;
    if (!pair) return;
    const done = await mutations.confirmOrApprove(pair.id);
    if (done) {
      setEditingId(null);
      goToNextNeedingWork();
    }
  }, [mutations, goToNextNeedingWork]);

  const toggleSelection = useCallback((pairId?: string) => {
    const id = pairId ?? latest.current.current?.id;
    if (!id) return;
    setSelection((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

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

  const live = useLiveDocument({ documentId, userId: user.id, pairId: current?.id ?? null, editing: editingId !== null && editingId === current?.id, pairs, update: loaded.update, reload: loaded.reload,
    keepMine: (id) => latest.current.editingId === id || latest.current.drafts.get(id) !== undefined });

  const focusSearch = useCallback(() => {
    window.document.querySelector<HTMLInputElement>("[data-filter-search]")?.focus();
  }, []);

  return {
    user, documentId, document,
    pairs, total: pairsState.total, loading: pairsState.loading, error: pairsState.error,
    visible, filters, setFilters,
    current, currentVisibleIndex, editingId, focusedFlag, selection, drafts,
    others: live.others, editedByOthers: live.editedByOthers,
    panelOpen, showDiff, overlay, conflict: mutations.conflict, notice, busy: mutations.busy,
    setOverlay, notify, goTo, step, goToEdge, startEditing, stopEditing,
    setDraft: mutations.setDraft,
    save: mutations.save,
    confirmAndNext,
    applySuggestion: mutations.applySuggestion,
    cycleFlag: (delta) => setFlagIndex((i) => (flags.length ? (Math.min(i, flags.length - 1) + delta + flags.length) % flags.length : 0)),
    dismissFlag: mutations.dismissFlag,
    reject: mutations.reject,
    approve: mutations.approve,
    approveSelection, toggleSelection,
    mergeNext: mutations.mergeNext,
    split: mutations.split,
    moveSentence: mutations.moveSentence,
    revert: mutations.revert,
    addComment: mutations.addComment,
    resolveConflict: mutations.resolveConflict,
    togglePanel: () => setPanelOpen((open) => !open),
    toggleDiff: () => setShowDiff((on) => !on),
    focusSearch,
    terms,
    propagation: propagation.offer,
    togglePropagationTarget: propagation.toggle,
    applyPropagation: propagation.apply,
    dismissPropagation: propagation.dismiss,
    panelTab, showPanel,
    concordanceQuery, setConcordanceQuery,
    copySource, jump,
    detailGeneration: mutations.detailGeneration,
    reloadPairs: pairsState.reload,
  };
}

/** Pairs per status as one string: changes exactly when some pair's status does. */
function tallyStatuses(pairs: readonly Pair[]): string {
  const counts: Partial<Record<Pair["status"], number>> = {};
  for (const pair of pairs) counts[pair.status] = (counts[pair.status] ?? 0) + 1;
  return JSON.stringify(counts);
}
