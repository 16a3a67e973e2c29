import { useState, type FormEvent, type KeyboardEvent } from "react";
import type { Flag } from "../../api/types.ts";
import { Dialog } from "../shell/Dialog.tsx";
import { DISMISS_REASONS } from "./dismissReasons.ts";
import { familyLabel } from "./families.ts";

/**
 * Dismisses a flag with a reason: a quick one on one key (1, 2, 3), or a few words typed.
 * The quick reasons come first so the dialog opens with the keyboard on them, not in the box.
 */
export function DismissDialog({ flag, onDismiss, onClose }: { flag: Flag | undefined; onDismiss: (reason: string) => void; onClose: () => void }) {
  const [text, setText] = useState("");
  function onKeyDown(event: KeyboardEvent) {
    if (event.target instanceof HTMLTextAreaElement || event.ctrlKey || event.metaKey || event.altKey) return;
    const quick = DISMISS_REASONS.find((r) => r.key === event.key);
    if (!quick) return;
    event.preventDefault();
    onDismiss(quick.reason);
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) onDismiss(text.trim());
  }
  return (
    <Dialog title="Dismiss this flag" onClose={onClose} testId="dismiss-dialog">
      <div onKeyDown={onKeyDown}>
        {flag && (
          <p className="dismiss__flag small">
            <span className={`chip chip--${flag.family}`}><span className="chip__dot" />{familyLabel(flag.family)}</span> “{flag.text}” — {flag.message}
          </p>
        )}
        <div className="dismiss__reasons" role="group" aria-label="Quick reasons">
          {DISMISS_REASONS.map((r) => (
            <button key={r.key} type="button" className="button dismiss__reason" onClick={() => onDismiss(r.reason)}>
              <kbd>{r.key}</kbd> {r.reason}
            </button>
          ))}
        </div>
        <form className="form" onSubmit={submit}>
          <label className="field">
            <span>Or say why (kept with the flag, and helps tune the checks)</span>
            <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submit(e);
              }} />
          </label>
          <div className="form__actions">
            <button type="button" className="button" onClick={onClose}>Cancel</button>
            <button type="submit" className="button button--primary" disabled={!text.trim()}>Dismiss <kbd>Ctrl+Enter</kbd></button>
          </div>
        </form>
      </div>
    </Dialog>
  );
}
