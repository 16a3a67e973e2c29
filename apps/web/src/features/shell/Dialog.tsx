import { useEffect, useRef, type ReactNode } from "react";

/**
 * A modal built on the native <dialog>: showModal() gives the focus trap, the inert page
 * behind it and Esc-to-close for free, which a hand-made overlay would have to re-implement.
 */
export function Dialog({ title, onClose, children, footer, wide, testId }: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // showModal() focuses the first focusable element, the close button; the first field of
    // the body is where the user wants to type (React's autoFocus ran before showModal).
    dialog.querySelector<HTMLElement>(".dialog__body :is(input, textarea, select, button):not([disabled])")?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? "dialog dialog--wide" : "dialog"}
      data-testid={testId}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog__header">
        <h2>{title}</h2>
        <button className="icon-button" aria-label="Close" onClick={onClose}>×</button>
      </header>
      <div className="dialog__body">{children}</div>
      {footer && <footer className="dialog__footer">{footer}</footer>}
    </dialog>
  );
}
