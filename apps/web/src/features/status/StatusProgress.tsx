import type { PairStatus } from "../../api/types.ts";
import { wordProgress } from "../counts/wordProgress.ts";
import { STATUSES } from "./statuses.ts";

/**
 * One stacked bar per document: how many words sit in each status. Words, not pairs, because
 * a one-word heading and a 60-word paragraph are not the same amount of work.
 */
export function StatusProgress({ wordCounts }: { wordCounts: Record<PairStatus, number> }) {
  const { total, approved } = wordProgress(wordCounts);
  const summary = STATUSES.map((s) => `${s.label} ${(wordCounts[s.status] ?? 0).toLocaleString("en")} words`).join(", ");
  return (
    <div className="progress" title={summary}>
      <div className="progress__bar" role="img" aria-label={summary}>
        {STATUSES.map(({ status }) => {
          const n = wordCounts[status] ?? 0;
          if (!n || !total) return null;
          return <span key={status} className={`progress__part progress__part--${status}`} style={{ width: `${(100 * n) / total}%` }} />;
        })}
      </div>
      <span className="progress__label">{approved}% approved · {total.toLocaleString("en")} words</span>
    </div>
  );
}
