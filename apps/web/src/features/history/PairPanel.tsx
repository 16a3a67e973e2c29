import type { Flag } from "../../api/types.ts";
import { can } from "../auth/permissions.ts";
import { englishCounterpart } from "../flags/englishCounterpart.ts";
import { TermPanel } from "../glossary/TermPanel.tsx";
import { familyLabel } from "../flags/families.ts";
import { activeFlags } from "../flags/flagSpans.ts";
import { suggestionLabel } from "../flags/suggestionLabel.ts";
import { usePairDetail } from "../review/usePairDetail.ts";
import type { ReviewController } from "../review/ReviewController.ts";
import { StatusBadge } from "../status/StatusBadge.tsx";
import { CommentList } from "./CommentList.tsx";
import { HistoryList } from "./HistoryList.tsx";

/** The current pair in detail: its terms, flags, alignment tools, history (with revert) and comments. */
export function PairPanel({ review }: { review: ReviewController }) {
  const { current, user, focusedFlag } = review;
  const { detail, error } = usePairDetail(current?.id ?? null, current?.version, review.detailGeneration);
  if (!current) return <p className="muted panel__section">Select a pair.</p>;
  const editable = can(user, "edit");
  const flags = activeFlags(current.flags);
  const dismissed = current.flags.filter((f) => f.dismissed);
  const counterpart = (flag: Flag) => englishCounterpart(flag, current.enText, review.terms)?.text;
  return (
    <div data-testid="pair-panel">
      <section className="panel__section">
        <h2 className="panel__title">Pair {current.index + 1} <StatusBadge status={current.status} /></h2>
        <dl className="facts">
          <div><dt>Alignment</dt><dd>{current.type} · confidence {current.confidence.toFixed(2)}</dd></div>
          {current.updatedBy && <div><dt>Last change</dt><dd>{current.updatedBy}, {new Date(current.updatedAt).toLocaleString(undefined, { dateStyle: "short", timeStyle: "short" })}</dd></div>}
        </dl>
      </section>

      <TermPanel pair={current} text={review.drafts.get(current.id)?.text ?? current.ptText} terms={review.terms} />

      <section className="panel__section">
        <h3>Flags ({flags.length})</h3>
        {!flags.length && <p className="muted small">No open flags.</p>}
        <ul className="flag-list">
          {flags.map((flag) => (
            <li key={flag.id} className={flag.id === focusedFlag?.id ? "flag-list__item flag-list__item--focused" : "flag-list__item"}>
              <span className={`chip chip--${flag.family}`}><span className="chip__dot" />{familyLabel(flag.family)}</span>
              <span className="flag-list__text">“{flag.text}”</span>
              {flag.lowConfidence && <span className="muted small" data-testid="low-confidence-label" title="The checks' confidence model doubts this flag: shown because low-confidence flags are on">low confidence</span>}
              {counterpart(flag) && <span className="flag-list__en" title="What the English has here">EN “{counterpart(flag)}”</span>}
              <p className="small">{flag.message}</p>
              {editable && (
                <div className="flag-list__actions">
                  {flag.suggestion != null && <button className="button button--small" onClick={() => void review.applySuggestion(current, flag)}>{suggestionLabel(flag)}</button>}
                  <button className="button button--small button--ghost" onClick={() => review.setOverlay({ kind: "dismiss", pairId: current.id, flagId: flag.id })}>Dismiss…{flag.id === focusedFlag?.id && <kbd>Ctrl+Shift+X</kbd>}</button>
                </div>
              )}
            </li>
          ))}
        </ul>
        {dismissed.length > 0 && (
          <details className="small">
            <summary>{dismissed.length} dismissed</summary>
            <ul>{dismissed.map((f) => <li key={f.id}>{familyLabel(f.family)}: “{f.text}” — {f.dismissedBy ?? "someone"}{f.dismissReason ? `: ${f.dismissReason}` : ""}</li>)}</ul>
          </details>
        )}
      </section>

      {editable && (
        <section className="panel__section">
          <h3>Alignment</h3>
          <div className="button-row">
            <button className="button button--small" onClick={() => void review.mergeNext()}>Merge with next <kbd>Alt+Shift+M</kbd></button>
            <button className="button button--small" onClick={() => review.setOverlay({ kind: "split", pairId: current.id })}>Split… <kbd>Alt+Shift+S</kbd></button>
          </div>
          <div className="button-row">
            <button className="button button--small button--ghost" onClick={() => void review.moveSentence("pt", "to-prev")} title="Move the first Portuguese sentence to the previous pair (Alt+Shift+↑)">PT ↑ first</button>
            <button className="button button--small button--ghost" onClick={() => void review.moveSentence("pt", "to-next")} title="Move the last Portuguese sentence to the next pair (Alt+Shift+↓)">PT ↓ last</button>
            <button className="button button--small button--ghost" onClick={() => void review.moveSentence("en", "to-prev")} title="Move the first English sentence to the previous pair (Alt+Shift+PageUp)">EN ↑ first</button>
            <button className="button button--small button--ghost" onClick={() => void review.moveSentence("en", "to-next")} title="Move the last English sentence to the next pair (Alt+Shift+PageDown)">EN ↓ last</button>
          </div>
        </section>
      )}

      <section className="panel__section">
        <h3>History</h3>
        {error && <p className="error small">{error}</p>}
        {detail ? <HistoryList edits={detail.edits} {...(editable ? { onRevert: (edit) => void review.revert(edit.id) } : {})} /> : <p className="muted small">Loading…</p>}
      </section>

      <section className="panel__section">
        <h3>Comments</h3>
        {detail && <CommentList comments={detail.comments} onAdd={review.addComment} />}
      </section>
    </div>
  );
}
