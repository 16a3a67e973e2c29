import type { PairStatus } from "../../api/types.ts";
import { STATUSES } from "../status/statuses.ts";
import { wordProgress } from "./wordProgress.ts";

/**
 * The document's progress in words, as a CAT tool's header shows it: how much of the text
 * (counted on the English) is translated and approved, not just how many pairs. The counts
 * are the API's (`DocumentSummary.wordCounts`), so they cover the whole document even while
 * its pairs are still loading.
 */
export function DocumentProgress({ wordCounts }: { wordCounts: Record<PairStatus, number> | undefined }) {
  if (!wordCounts) return null;
  const progress = wordProgress(wordCounts);
  if (!progress.total) return null;
  const summary = STATUSES.map((s) => `${s.label} ${(wordCounts[s.status] ?? 0).toLocaleString("en")} words`).join(", ");
  return (
    <div className="doc-progress" title={summary} data-testid="document-progress">
      <div className="progress__bar doc-progress__bar" role="img" aria-label={summary}>
        {STATUSES.map(({ status }) => wordCounts[status] ? <span key={status} className={`progress__part progress__part--${status}`} style={{ width: `${(100 * wordCounts[status]) / progress.total}%` }} /> : null)}
      </div>
      <span className="doc-progress__label">
        <b>{progress.translated}%</b> translated · <b>{progress.approved}%</b> approved · {progress.total.toLocaleString("en")} words
      </span>
    </div>
  );
}
