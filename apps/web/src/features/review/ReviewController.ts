import type { BulkSkip, DocumentFlag, DocumentSummary, Flag, MemoryMatch, Pair, RecaseApplyResponse, Term, User, Viewer } from "../../api/types.ts";
import type { Drafts } from "../drafts/useDrafts.ts";
import type { Filters } from "../filters/filters.ts";
import type { PropagationOffer } from "../propagate/propagationOffer.ts";
import type { Notice } from "./notice.ts";

export type { Notice } from "./notice.ts";

/** Dialogs and overlays of the review screen; only one is open at a time. */
export type Overlay =
  | { kind: "shortcuts" }
  | { kind: "palette" }
  | { kind: "export" }
  | { kind: "split"; pairId: string }
  | { kind: "reject"; pairIds: string[] }
  | { kind: "approve"; pairIds: string[] }
  /** `fromGate`: opened from the QA gate, which comes back once the flag is dismissed (or not). */
  | { kind: "dismiss"; pairId: string; flagId: string; fromGate?: boolean }
  /** Bulk approval skipped these pairs for open errors: approve them anyway, with one reason? */
  | { kind: "bulk-gate"; skipped: BulkSkip[]; comment?: string }
  /** The QA gate: a confirm or approval refused while these error flags are open. */
  | { kind: "qa-gate"; pairId: string; flags: Flag[] }
  /** The bulk fix of a document in lower case: a preview of every pair recased. */
  | { kind: "recase" }
  /** A document finding's bulk fix: a search-and-replace preview over the document. */
  | { kind: "replace"; find?: string; replaceWith?: string };

/** A save the API refused with 409: the user's text and the pair as someone else left it. */
export interface Conflict {
  pairId: string;
  mine: string;
  theirs: Pair;
}

export type ConflictChoice = { keep: "mine" } | { keep: "theirs" } | { keep: "merged"; text: string };

/** The side panel's views: the current pair, the concordance, the document's QA summary. */
export type PanelTab = "pair" | "concordance" | "qa";

/** Where "next"/"previous" jumps go: pairs needing work (per role) or pairs with open flags. */
export type JumpTarget = "needs-work" | "flagged";


/**
 * Everything the review screen's commands, grid and panels read and do. The keyboard
 * commands (src/commands) receive this object and nothing else, so a command is data plus a
 * call into it, testable without rendering.
 */
export interface ReviewController {
  user: User;
  documentId: string;
  document: DocumentSummary | null;
  pairs: Pair[];
  total: number;
  loading: boolean;
  error: string | null;
  /** Positions into `pairs` that pass the filters, in document order. */
  visible: number[];
  filters: Filters;
  setFilters: (filters: Filters) => void;
  current: Pair | null;
  /** Where the current pair sits in `visible`; -1 when a filter hides it. */
  currentVisibleIndex: number;
  editingId: string | null;
  /** Other reviewers on this document (live), and the pairs they are editing (id → name). */
  others: readonly Viewer[];
  editedByOthers: ReadonlyMap<string, string>;
  focusedFlag: Flag | null;
  selection: ReadonlySet<string>;
  drafts: Drafts;
  panelOpen: boolean;
  showDiff: boolean;
  /** Whether low-confidence flags (issue 12) are shown; off by default. `pairs` holds them only when on. */
  showLowConfidence: boolean;
  /** Open low-confidence flags in the loaded pairs, shown or not: the toggle's count. */
  lowConfidenceCount: number;
  overlay: Overlay | null;
  conflict: Conflict | null;
  notice: Notice | null;
  busy: boolean;
  /** The glossary, for the term panel and for mapping entity flags to the English. */
  terms: readonly Term[];
  /** The fix just made, offered for the same words elsewhere; null when nothing to offer. */
  propagation: PropagationOffer | null;
  panelTab: PanelTab;
  concordanceQuery: string;

  setOverlay: (overlay: Overlay | null) => void;
  notify: (text: string, tone?: Notice["tone"]) => void;
  goTo: (pairId: string) => void;
  step: (delta: number) => void;
  goToEdge: (edge: "first" | "last") => void;
  startEditing: (pairId?: string) => void;
  stopEditing: () => Promise<void>;
  setDraft: (pairId: string, text: string) => void;
  save: (pairId?: string) => Promise<Pair | null>;
  confirmAndNext: () => Promise<void>;
  applySuggestion: (pair: Pair, flag: Flag) => Promise<void>;
  cycleFlag: (delta: number) => void;
  dismissFlag: (pairId: string, flagId: string, reason: string) => Promise<void>;
  /** Dismisses a finding about the whole document (by its check and text), or takes that back. */
  dismissDocumentFlag: (flag: DocumentFlag, reason: string) => Promise<void>;
  restoreDocumentFlag: (flag: DocumentFlag) => Promise<void>;
  reject: (pairIds: string[], comment: string) => Promise<void>;
  /** Approves with an optional comment: one pair, or several at once. */
  approve: (pairIds: string[], comment: string) => Promise<void>;
  approveSelection: () => Promise<void>;
  /** Approves pairs bulk approval skipped for open errors, the reason kept in each one's history. */
  approveAnyway: (pairIds: string[], reason: string, comment?: string) => Promise<void>;
  /** Writes the previewed recasing of these pairs (one edit each, one undo step); undefined after a reported failure. */
  recase: (targets: { pairId: string; version: number }[]) => Promise<RecaseApplyResponse | undefined>;
  toggleSelection: (pairId?: string) => void;
  mergeNext: () => Promise<void>;
  /** `reason` "page-break": the split undoes the aligner's join of two lines of the file (Pair.pageBreakAt). */
  split: (pairId: string, ptAt: number, enAt: number, reason?: "page-break") => Promise<void>;
  moveSentence: (side: "pt" | "en", direction: "to-prev" | "to-next") => Promise<void>;
  revert: (editId: string) => Promise<void>;
  addComment: (body: string) => Promise<void>;
  resolveConflict: (choice: ConflictChoice) => Promise<void>;
  togglePanel: () => void;
  toggleDiff: () => void;
  toggleLowConfidence: () => void;
  focusSearch: () => void;
  togglePropagationTarget: (pairId: string) => void;
  applyPropagation: () => Promise<void>;
  dismissPropagation: () => void;
  /** Shows a panel view (opening the panel if it is closed). */
  showPanel: (tab: PanelTab) => void;
  setConcordanceQuery: (query: string) => void;
  /** Puts the English into the Portuguese editor (undoable with Ctrl+Z). */
  copySource: () => void;
  /** Moves to the next (1) or previous (-1) pair of that kind, wrapping around the document. */
  jump: (target: JumpTarget, delta: 1 | -1) => void;
  /** Confirms (or approves) the pair over its open error flags, with the reason kept in its history. */
  confirmAnyway: (pairId: string, reason: string) => Promise<void>;
  /** Takes a signed-off pair back to work (an editor, for an approved pair). */
  reopen: (reason?: string) => Promise<void>;
  /** Ctrl+Z / Ctrl+Shift+Z in the grid: each step is a new Edit. */
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Translation-memory matches for the current pair's English, best first (null while loading). */
  matches: MemoryMatch[] | null;
  /** Puts the n-th (0-based) memory match into the current pair's Portuguese. */
  insertMatch: (n: number) => Promise<void>;
  /** Pairs whose English has a memory match (for the filter); null until asked for. */
  matchedPairIds: ReadonlySet<string> | null;
  /** Shift-click: selects every shown pair from the last one clicked to this one. */
  selectRange: (pairId: string) => void;
  /** Selects every pair the filters show (or clears the selection when they all are). */
  selectAllShown: () => void;
  /** Bumped after a change the pair's version does not show (a new comment). */
  detailGeneration: number;
  reloadPairs: () => Promise<void>;
  /** Reads the document's summary again (its findings about the whole document), which a re-check may change without any pair's flags changing. */
  refreshDocument: () => Promise<void>;
}
