import type { Edit } from "../../api/types.ts";
import { WordDiff } from "../diff/WordDiff.tsx";

const ACTION_LABELS: Record<Edit["action"], string> = {
  import: "imported", edit: "edited", "apply-suggestion": "applied a suggestion", confirm: "confirmed",
  approve: "approved", reject: "rejected", merge: "merged", split: "split", move: "moved a sentence",
  realign: "realigned", revert: "reverted", "dismiss-flag": "dismissed a flag", propagate: "replaced across documents",
  reopen: "reopened", "auto-fill": "auto-filled from a repetition", recase: "restored capitals",
};

/** Who changed what and when, newest first; a text change can be reverted (as a new edit). */
export function HistoryList({ edits, onRevert }: { edits: Edit[]; onRevert?: (edit: Edit) => void }) {
  if (!edits.length) return <p className="muted small">No history yet.</p>;
  const newestFirst = [...edits].sort((a, b) => b.version - a.version || b.createdAt.localeCompare(a.createdAt));
  // Reverting to the text the pair has now would add an entry that changes nothing (after an
  // approve or a reject, the import's text is still the current one).
  const currentText = newestFirst[0]?.after;
  return (
    <ol className="history" data-testid="history">
      {newestFirst.map((edit) => (
        <li key={edit.id} className="history__item">
          <div className="history__meta">
            <b>{edit.authorName}</b> {ACTION_LABELS[edit.action] ?? edit.action}
            <time dateTime={edit.createdAt} title={new Date(edit.createdAt).toLocaleString()}>{new Date(edit.createdAt).toLocaleString(undefined, { dateStyle: "short", timeStyle: "short" })}</time>
          </div>
          {edit.before !== edit.after && <WordDiff before={edit.before} after={edit.after} className="history__diff" />}
          {edit.note && <p className="history__note">{edit.note}</p>}
          {onRevert && edit.before !== edit.after && edit.after !== currentText && (
            <button className="link-button" onClick={() => onRevert(edit)}>Revert to this text</button>
          )}
        </li>
      ))}
    </ol>
  );
}
