import { useState } from "react";
import { WordDiff } from "../diff/WordDiff.tsx";
import type { Conflict, ConflictChoice } from "../review/ReviewController.ts";
import { Dialog } from "../shell/Dialog.tsx";

/**
 * Someone saved this pair after you started editing. Nothing is dropped: both versions are
 * shown, and the user keeps theirs, takes the other, or writes a merge by hand.
 */
export function ConflictDialog({ conflict, onResolve }: { conflict: Conflict; onResolve: (choice: ConflictChoice) => void }) {
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState(conflict.mine);
  const who = conflict.theirs.updatedBy ?? "Someone else";
  return (
    <Dialog title="This pair was changed while you edited it" onClose={() => {}} wide testId="conflict-dialog">
      <p>{who} saved pair {conflict.theirs.index + 1} after you started. Your text is safe; choose what to keep.</p>
      <div className="conflict">
        <section>
          <h3>Their version <span className="muted small">({who}, version {conflict.theirs.version})</span></h3>
          <p className="conflict__text" data-testid="conflict-theirs">{conflict.theirs.ptText}</p>
        </section>
        <section>
          <h3>Your version</h3>
          <p className="conflict__text" data-testid="conflict-mine">{conflict.mine}</p>
        </section>
      </div>
      <h3 className="small">From theirs to yours</h3>
      <p className="conflict__text"><WordDiff before={conflict.theirs.ptText} after={conflict.mine} /></p>
      {merging && (
        <label className="field">
          <span>Merged text</span>
          <textarea rows={4} lang="pt" value={merged} onChange={(e) => setMerged(e.target.value)} autoFocus data-testid="conflict-merged" />
        </label>
      )}
      <div className="form__actions">
        <button className="button" onClick={() => onResolve({ keep: "theirs" })}>Take theirs</button>
        {merging ? (
          <button className="button button--primary" onClick={() => onResolve({ keep: "merged", text: merged })}>Save merged text</button>
        ) : (
          <button className="button" onClick={() => setMerging(true)}>Merge by hand</button>
        )}
        <button className="button button--primary" onClick={() => onResolve({ keep: "mine" })}>Keep mine</button>
      </div>
    </Dialog>
  );
}
