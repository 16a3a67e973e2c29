import type { PairStatus } from "../../api/types.ts";
import { STATUSES } from "./statuses.ts";

/** One stacked bar per document: how many pairs sit in each status. */
export function StatusProgress({ counts, total }: { counts: Record<PairStatus, number>; total: number }) {
  const done = (counts.approved ?? 0);
  const summary = STATUSES.map((s) => `${s.label} ${counts[s.status] ?? 0}`).join(", ");
  return (
    <div className="progress" title={summary}>
      <div className="progress__bar" role="img" aria-label={summary}>
        {STATUSES.map(({ status }) => {
          const n = counts[status] ?? 0;
          if (!n || !total) return null;
          return <span key={status} className={`progress__part progress__part--${status}`} style={{ width: `${(100 * n) / total}%` }} />;
        })}
      </div>
      <span className="progress__label">{total ? Math.round((100 * done) / total) : 0}% approved</span>
    </div>
  );
}
