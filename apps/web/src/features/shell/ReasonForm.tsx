import { useState, type FormEvent } from "react";

/**
 * A few words typed before an action (a rejection comment, a dismissal reason): Ctrl+Enter
 * sends from inside the box, as the dialog's main button says, so the hands stay on the keys.
 */
export function ReasonForm({ label, action, required, rows, autoFocus, onSubmit, onClose }: {
  label: string;
  action: string;
  /** When true, an empty text cannot be sent. */
  required: boolean;
  rows: number;
  /** Off where the dialog wants the keyboard on something else first (quick reasons). */
  autoFocus: boolean;
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
    <form className="form" onSubmit={submit}>
      <label className="field">
        <span>{label}</span>
        <textarea rows={rows} autoFocus={autoFocus} value={text} onChange={(e) => setText(e.target.value)} required={required}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submit(e);
          }} />
      </label>
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="submit" className="button button--primary" disabled={required && !text.trim()}>{action} <kbd>Ctrl+Enter</kbd></button>
      </div>
    </form>
  );
}
