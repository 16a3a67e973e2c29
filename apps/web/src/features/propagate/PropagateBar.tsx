import type { ReplaceMatch } from "../../api/types.ts";
import { WordDiff } from "../diff/WordDiff.tsx";
import type { ReviewController } from "../review/ReviewController.ts";

/** Characters of context either side of the change: enough to judge it, one line tall. */
const CONTEXT = 36;

function around(text: string, words: string): string {
  const at = text.indexOf(words);
  if (at < 0) return text.slice(0, 2 * CONTEXT);
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(text.length, at + words.length + CONTEXT);
  return `${from > 0 ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
}

/**
 * The offer to repeat a fix wherever the same words occur, docked under the grid rather than
 * in a dialog: the reviewer can keep working (Ctrl+Enter, Alt+↓) and apply or close it later.
 */
export function PropagateBar({ review }: { review: ReviewController }) {
  const offer = review.propagation;
  if (!offer) return null;
  const documents = new Set(offer.matches.map((m) => m.documentId)).size;
  const where = (m: ReplaceMatch) => (m.documentId === review.documentId ? "This document" : m.documentTitle);
  return (
    <section className="propagate" aria-label="Apply this fix elsewhere" data-testid="propagate">
      <header className="propagate__head">
        <span className="propagate__what">
          You changed <q className="propagate__old">{offer.find}</q> to <q className="propagate__new">{offer.replace || "(nothing)"}</q>.
          {" "}The same words are in {offer.total.toLocaleString("en")} other {offer.total === 1 ? "pair" : "pairs"}
          {documents > 1 ? ` across ${offer.total > offer.matches.length ? "at least " : ""}${documents} documents` : ""}
          {offer.total > offer.matches.length
            ? <>{" "}<span className="propagate__cut" data-testid="propagate-cut">(showing {offer.matches.length} of {offer.total.toLocaleString("en")}; use Search & replace for the rest)</span>:</>
            : ":"}
        </span>
        <button className="button button--primary button--small" disabled={!offer.chosen.size || offer.applying} onClick={() => void review.applyPropagation()}>
          {offer.applying ? "Applying…" : `Apply to ${offer.chosen.size}`} <kbd>Alt+Enter</kbd>
        </button>
        <button className="button button--ghost button--small" onClick={review.dismissPropagation}>Not now <kbd>Esc</kbd></button>
      </header>
      <ul className="propagate__list">
        {offer.matches.map((m) => (
          <li key={m.pairId}>
            <label className="checkbox">
              <input type="checkbox" checked={offer.chosen.has(m.pairId)} onChange={() => review.togglePropagationTarget(m.pairId)} aria-label={`Apply to ${where(m)} pair ${m.index + 1}`} />
              <span className="propagate__where" title={m.documentTitle}>{where(m)}</span>
            </label>
            {m.documentId === review.documentId ? (
              <button className="link-button propagate__index" onClick={() => review.goTo(m.pairId)} title="Go to this pair">#{m.index + 1}</button>
            ) : (
              <span className="propagate__index">#{m.index + 1}</span>
            )}
            <WordDiff before={around(m.before, offer.find)} after={around(m.after, offer.replace)} className="propagate__diff" />
          </li>
        ))}
      </ul>
    </section>
  );
}
