import { useMemo } from "react";
import type { Pair } from "../../api/types.ts";
import { STATUSES } from "../status/statuses.ts";
import { wordsByStatus } from "./wordCount.ts";

const percent = (n: number, total: number) => (total ? Math.round((100 * n) / total) : 0);

/**
 * The document's progress in words, as a CAT tool's header shows it: how much of the text
 * (counted on the English) is translated and approved, not just how many pairs.
 */
export function DocumentProgress({ pairs, loading }: { pairs: readonly Pair[]; loading: boolean }) {
  const words = useMemo(() => wordsByStatus(pairs), [pairs]);
  if (!pairs.length) return null;
  const done = words.confirmed + words.approved;
  const summary = STATUSES.map((s) => `${s.label} ${words[s.status].toLocaleString("en")} words`).join(", ");
  return (
    <div className="doc-progress" title={summary} data-testid="document-progress">
      <div className="progress__bar doc-progress__bar" role="img" aria-label={summary}>
        {STATUSES.map(({ status }) => words[status] ? <span key={status} className={`progress__part progress__part--${status}`} style={{ width: `${(100 * words[status]) / words.total}%` }} /> : null)}
      </div>
      <span className="doc-progress__label">
        <b>{percent(done, words.total)}%</b> translated · <b>{percent(words.approved, words.total)}%</b> approved · {words.total.toLocaleString("en")}{loading ? "+" : ""} words
      </span>
    </div>
  );
}
