import { useMemo } from "react";
import { FAMILIES } from "../flags/families.ts";
import type { ReviewController } from "../review/ReviewController.ts";
import { flagSummary } from "./flagSummary.ts";
import { DocumentFlags } from "../document-flags/DocumentFlags.tsx";
import { documentFlagActions } from "../document-flags/documentFlagActions.ts";

/**
 * The document's open flags per family (a CAT tool's QA report); a row filters the grid to
 * that family, and the active filter's row is marked so it can be cleared the same way.
 */
export function QaSummary({ review }: { review: ReviewController }) {
  const { pairs, filters, setFilters } = review;
  const summary = useMemo(() => flagSummary(pairs), [pairs]);
  const rows = FAMILIES.filter((f) => summary.has(f.family));
  const flags = rows.reduce((n, f) => n + (summary.get(f.family)?.flags ?? 0), 0);
  const flaggedPairs = pairs.reduce((n, p) => (p.flags.some((f) => !f.dismissed) ? n + 1 : n), 0);
  return (
    <section className="panel__section" data-testid="qa-summary">
      <DocumentFlags flags={review.document?.documentFlags} {...documentFlagActions(review)} />
      <p className="small">{flags ? <><b>{flags}</b> open flags in <b>{flaggedPairs}</b> of {pairs.length} pairs. Click a family to show its pairs.</> : "No open flags in this document."}</p>
      <table className="qa-table">
        <thead><tr><th>Family</th><th className="num">Flags</th><th className="num">Errors</th><th className="num">Pairs</th></tr></thead>
        <tbody>
          {rows.map(({ family, label }) => {
            const row = summary.get(family);
            const active = filters.family === family;
            return (
              <tr key={family} className={active ? "qa-row qa-row--active" : "qa-row"}>
                <td>
                  <button className={`qa-row__family chip chip--${family}`} aria-pressed={active}
                    onClick={() => setFilters({ ...filters, family: active ? "all" : family })}>
                    <span className="chip__dot" />{label}
                  </button>
                </td>
                <td className="num">{row?.flags}</td>
                <td className="num">{row?.errors || ""}</td>
                <td className="num">{row?.pairs}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
