import { recheckDocument } from "../../commands/recheck-document.ts";
import { can } from "../auth/permissions.ts";
import type { ReviewController } from "./ReviewController.ts";
import { lowConfidenceLabel } from "../flags/lowConfidence.ts";

/** The actions of the current pair and selection; only those the role may take are shown. */
export function ReviewToolbar({ review }: { review: ReviewController }) {
  const { user, current, selection } = review;
  const reviewer = can(user, "approve");
  const editable = can(user, "edit") && !!current;
  return (
    <div className="toolbar" role="toolbar" aria-label="Pair actions">
      <button className="button button--primary" disabled={!current || review.busy} onClick={() => void review.confirmAndNext()} data-testid="confirm-button">
        {reviewer ? "Approve" : "Confirm"} <kbd>Ctrl+Enter</kbd>
      </button>
      {reviewer && (
        <button className="button" disabled={!current} onClick={() => review.setOverlay({ kind: "reject", pairIds: selection.size ? [...selection] : current ? [current.id] : [] })}>
          Reject…
        </button>
      )}
      {reviewer && (
        <button className="button" disabled={!current} onClick={() => review.setOverlay({ kind: "approve", pairIds: selection.size ? [...selection] : current ? [current.id] : [] })}>
          Approve with comment…
        </button>
      )}
      {reviewer && (
        <button className="button button--ghost" disabled={!review.visible.length} onClick={review.selectAllShown} data-testid="select-all-shown" title="Select every pair the filters show (Ctrl+A); Shift-click selects a range">
          Select all shown <kbd>Ctrl+A</kbd>
        </button>
      )}
      {(current?.status === "approved" ? reviewer : current?.status === "confirmed") && (
        <button className="button button--ghost" onClick={() => void review.reopen()} data-testid="reopen-button">Reopen</button>
      )}
      {reviewer && selection.size > 0 && (
        <button className="button" onClick={() => void review.approveSelection()} data-testid="approve-selection">
          Approve {selection.size} selected
        </button>
      )}
      <span className="toolbar__sep" />
      {editable && <button className="button button--ghost" onClick={() => review.setOverlay({ kind: "replace" })}>Search & replace</button>}
      <button className="button button--ghost" aria-pressed={review.showDiff} onClick={review.toggleDiff}>Changes</button>
      <button className="button button--ghost" aria-pressed={review.panelOpen} onClick={review.togglePanel}>Side panel</button>
      {review.lowConfidenceCount > 0 && (
        <button className="button button--ghost" aria-pressed={review.showLowConfidence} onClick={review.toggleLowConfidence} data-testid="low-confidence-toggle"
          title="Flags the checks' confidence model doubts: kept, hidden until you ask">
          {lowConfidenceLabel(review.lowConfidenceCount, review.showLowConfidence)}
        </button>
      )}
      <span className="toolbar__sep" />
      {recheckDocument.predicate?.(review) && (
        <button className="button button--ghost" onClick={() => void recheckDocument.perform(review)} title="Run every check again on this document, e.g. after the glossary changed">Re-run checks</button>
      )}
      <button className="button button--ghost" onClick={() => review.setOverlay({ kind: "export" })} disabled={!review.document}>Export</button>
      <button className="button button--ghost" onClick={() => review.setOverlay({ kind: "palette" })}>
        Commands <kbd>Ctrl+K</kbd>
      </button>
      <button className="button button--ghost" onClick={() => review.setOverlay({ kind: "shortcuts" })} aria-label="Keyboard shortcuts">?</button>
    </div>
  );
}
