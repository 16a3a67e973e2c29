import { useRef, useState } from "react";
import type { Pair } from "../../api/types.ts";
import { Dialog } from "../shell/Dialog.tsx";
import { splitPoint } from "./splitPoint.ts";

/** Splits one pair in two: the caret in each text marks where its second half starts. */
export function SplitDialog({ pair, onSplit, onClose }: { pair: Pair; onSplit: (ptAt: number, enAt: number) => void; onClose: () => void }) {
  const ptRef = useRef<HTMLTextAreaElement>(null);
  const enRef = useRef<HTMLTextAreaElement>(null);
  // The Portuguese at its sentence break nearest the middle; the English at its break nearest
  // the same share of its length, so both sides propose the same sentence boundary.
  const [ptAt, setPtAt] = useState(() => splitPoint(pair.ptText));
  const [enAt, setEnAt] = useState(() => splitPoint(pair.enText, pair.ptText.length ? splitPoint(pair.ptText) / pair.ptText.length : 0.5));
  return (
    <Dialog title={`Split pair ${pair.index + 1}`} onClose={onClose} wide testId="split-dialog">
      <p className="muted small">Place the caret where the second pair should begin, in each language.</p>
      <div className="form__columns">
        <label className="field">
          <span>English · splits at {enAt}</span>
          <textarea ref={enRef} readOnly rows={6} value={pair.enText} onSelect={(e) => setEnAt(e.currentTarget.selectionStart)}
            onFocus={(e) => e.currentTarget.setSelectionRange(enAt, enAt)} />
        </label>
        <label className="field">
          <span>Portuguese · splits at {ptAt}</span>
          <textarea ref={ptRef} readOnly rows={6} value={pair.ptText} autoFocus onSelect={(e) => setPtAt(e.currentTarget.selectionStart)}
            onFocus={(e) => e.currentTarget.setSelectionRange(ptAt, ptAt)} />
        </label>
      </div>
      <div className="split-preview">
        <p><b>1.</b> {pair.ptText.slice(0, ptAt)}</p>
        <p><b>2.</b> {pair.ptText.slice(ptAt)}</p>
      </div>
      <div className="form__actions">
        <button className="button" onClick={onClose}>Cancel</button>
        <button className="button button--primary" disabled={ptAt <= 0 || ptAt >= pair.ptText.length} onClick={() => onSplit(ptAt, enAt)}>Split</button>
      </div>
    </Dialog>
  );
}
