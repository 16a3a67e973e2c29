import { countWords } from "../counts/wordCount.ts";
import { formatCount } from "../text/formatCount.ts";
import type { ReviewController } from "./ReviewController.ts";

/** The bottom line: where you are, what is loading or unsaved, and the last result. */
export function StatusLine({ review }: { review: ReviewController }) {
  const { current, currentVisibleIndex, visible, loading, pairs, total, drafts, notice, user } = review;
  // Only this document's drafts; one left by a pair that a merge removed is not work to do here.
  const ptText = current ? drafts.get(current.id)?.text ?? current.ptText : "";
  const unsaved = drafts.count ? pairs.reduce((n, p) => (drafts.get(p.id) ? n + 1 : n), 0) : 0;
  return (
    <footer className="statusline">
      <span data-testid="position">{current ? `Pair ${formatCount(current.index + 1)}` : "No pair"}{currentVisibleIndex >= 0 ? ` · ${formatCount(currentVisibleIndex + 1)} of ${formatCount(visible.length)} shown` : ""}</span>
      {review.selection.size > 0 && <span data-testid="selection-count">{formatCount(review.selection.size)} selected</span>}
      {current && (
        <span className="statusline__counts" title="Words and characters of the current pair (the Portuguese as typed)" data-testid="pair-counts">
          EN {formatCount(countWords(current.enText))} w · {formatCount(current.enText.length)} ch — PT {formatCount(countWords(ptText))} w · {formatCount(ptText.length)} ch
        </span>
      )}
      {loading && <span>Loading pairs… {formatCount(pairs.length)} of {formatCount(total)}</span>}
      {unsaved > 0 && <span className="unsaved">{unsaved} unsaved {unsaved === 1 ? "edit" : "edits"} kept in this browser</span>}
      {notice && <span className={`notice notice--${notice.tone}`} role={notice.tone === "error" ? "alert" : "status"}>{notice.text}</span>}
      <span className="statusline__hint">
        {user.role === "translator" ? "Ctrl+Enter confirm" : "Ctrl+Enter approve"} · Alt+↑↓ move · Enter edit · Esc leave · ? shortcuts
      </span>
    </footer>
  );
}
