import { useState, type FormEvent } from "react";
import { Dialog } from "../shell/Dialog.tsx";

/** Asks for a short text (a rejection comment, a dismissal reason) before an action. */
export function ReasonDialog({ title, label, action, required, onSubmit, onClose }: {
  title: string;
  label: string;
  action: string;
  required: boolean;
  onSubmit: (text: string) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (required && !text.trim()) return;
    onSubmit(text.trim());
  }
  return (
    <Dialog title={title} onClose={onClose} testId="reason-dialog">
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{label}</span>
          <textarea rows={3} autoFocus value={text} onChange={(e) => setText(e.target.value)} required={required}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submit(e);
            }} />
        </label>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary" disabled={required && !text.trim()}>{action} <kbd>Ctrl+Enter</kbd></button>
        </div>
      </form>
    </Dialog>
  );
}
