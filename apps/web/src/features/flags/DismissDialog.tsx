import type { KeyboardEvent } from "react";
import type { Flag } from "../../api/types.ts";
import { Dialog } from "../shell/Dialog.tsx";
import { ReasonForm } from "../shell/ReasonForm.tsx";
import { DISMISS_REASONS } from "./dismissReasons.ts";
import { familyLabel } from "./families.ts";

/**
 * Dismisses a flag with a reason: a quick one on one key (1, 2, 3), or a few words typed.
 * The quick reasons come first so the dialog opens with the keyboard on them, not in the box.
 */
export function DismissDialog({ flag, onDismiss, onClose, title = "Dismiss this flag" }: {
  flag: Pick<Flag, "family" | "text" | "message"> | undefined; onDismiss: (reason: string) => void; onClose: () => void; title?: string;
}) {
  function onKeyDown(event: KeyboardEvent) {
    if (event.target instanceof HTMLTextAreaElement || event.ctrlKey || event.metaKey || event.altKey) return;
    const quick = DISMISS_REASONS.find((r) => r.key === event.key);
    if (!quick) return;
    event.preventDefault();
    onDismiss(quick.reason);
  }
  return (
    <Dialog title={title} onClose={onClose} testId="dismiss-dialog">
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
        <ReasonForm label="Or say why (kept with the flag, and helps tune the checks)" action="Dismiss" required rows={2}
          autoFocus={false} onSubmit={onDismiss} onClose={onClose} />
      </div>
    </Dialog>
  );
}
