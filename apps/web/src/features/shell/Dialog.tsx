import { useLayoutEffect, useRef, type ReactNode } from "react";

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
  // A layout effect, so the focus goes back during the commit that removes the dialog: a
  // passive cleanup would run after the next screen's layout effects and steal the focus from,
  // say, the editor a palette command has just opened.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && !dialog.contains(active) ? active : null;
    dialog.showModal();
    // showModal() focuses the first focusable element, the close button; the first field of
    // the body is where the user wants to type (React's autoFocus ran before showModal).
    dialog.querySelector<HTMLElement>(".dialog__body :is(input, textarea, select, button):not([disabled])")?.focus();
    return () => restoreFocus(dialog, opener);
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

/**
 * Gives the focus back to what had it before the dialog opened, so a keyboard user goes on
 * where they were instead of starting again from the top of the page. Only when the focus is
 * still in the dialog or lost: a command run from the dialog may have put it somewhere on purpose.
 */
function restoreFocus(dialog: HTMLDialogElement, opener: HTMLElement | null): void {
  const now = document.activeElement;
  // React runs this before it removes the <dialog>: while it is still modal, the page behind
  // is inert and would refuse the focus.
  dialog.close();
  const lost = !now || now === document.body || dialog.contains(now);
  if (lost && opener?.isConnected) opener.focus({ preventScroll: true });
}
