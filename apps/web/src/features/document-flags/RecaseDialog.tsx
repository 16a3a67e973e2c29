import { useEffect, useState } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { RecaseChange } from "../../api/types.ts";
import { WordDiff } from "../diff/WordDiff.tsx";
import type { ReviewController } from "../review/ReviewController.ts";
import { Dialog } from "../shell/Dialog.tsx";

/**
 * The bulk fix of a document that lost its capitals, as a reviewable batch of edits: the server
 * recases every pair (sentence starts; names and acronyms as the English writes them), the dialog
 * shows each change as a diff, all ticked; the reviewer unticks any and applies the rest, one
 * edit per pair, each against the version shown (a pair changed meanwhile is left alone).
 */
export function RecaseDialog({ review, onClose }: { review: ReviewController; onClose: () => void }) {
  const [changes, setChanges] = useState<RecaseChange[] | null>(null);
  const [approvedLeftOut, setApprovedLeftOut] = useState(0);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.recasePreview(review.documentId).then((body) => {
      if (!live) return;
      setChanges(body.changes);
      setApprovedLeftOut(body.approvedLeftOut);
      setChosen(new Set(body.changes.map((c) => c.pairId)));
    }, (failure: unknown) => live && setError(describeError(failure)));
    return () => {
      live = false;
    };
  }, [review.documentId]);

  const toggle = (pairId: string) => setChosen((previous) => {
    const next = new Set(previous);
    if (!next.delete(pairId)) next.add(pairId);
    return next;
  });

  async function apply() {
    if (!changes) return;
    setBusy(true);
    const body = await review.recase(changes.filter((c) => chosen.has(c.pairId)).map((c) => ({ pairId: c.pairId, version: c.version })));
    setBusy(false);
    if (body) onClose();
  }

  const n = chosen.size;
  const all = changes !== null && n === changes.length;
  return (
    <Dialog title="Restore capitals across the document" onClose={onClose} wide testId="recase-dialog">
      {error && <p className="error" role="alert">{error}</p>}
      {!changes && !error && <p className="small muted" aria-busy="true">Recasing every pair…</p>}
      {changes && (
        <>
          <div className="replace-summary">
            <p className="small muted">
              {changes.length
                ? `${changes.length.toLocaleString("en")} ${changes.length === 1 ? "pair" : "pairs"} would change: sentence starts, and names and acronyms as the English writes them. Untick any change you do not want.`
                : "No pair needs its capitals restored."}
              {approvedLeftOut > 0 && ` ${approvedLeftOut.toLocaleString("en")} approved ${approvedLeftOut === 1 ? "pair is" : "pairs are"} left out (an editor can include them).`}
            </p>
            {changes.length > 0 && (
              <button className="button" onClick={() => setChosen(all ? new Set() : new Set(changes.map((c) => c.pairId)))}>{all ? "Untick all" : "Tick all"}</button>
            )}
            <button className="button" onClick={onClose}>Close</button>
            <button className="button button--primary" disabled={!n || busy} onClick={() => void apply()}>
              Restore capitals in {n.toLocaleString("en")} {n === 1 ? "pair" : "pairs"}
            </button>
          </div>
          <ul className="replace-preview" data-testid="recase-preview">
            {changes.map((c) => (
              <li key={c.pairId} data-pair-id={c.pairId}>
                <label className="checkbox">
                  <input type="checkbox" checked={chosen.has(c.pairId)} onChange={() => toggle(c.pairId)} aria-label={`Recase pair ${(c.index + 1).toLocaleString("en")}`} />
                  <span className="replace-preview__where">#{(c.index + 1).toLocaleString("en")}</span>
                </label>
                <WordDiff before={c.before} after={c.after} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
