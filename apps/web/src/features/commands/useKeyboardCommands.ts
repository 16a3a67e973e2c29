import { useEffect, useRef } from "react";
import { commandForKey } from "../../commands/index.ts";
import type { ReviewController } from "../review/ReviewController.ts";

/**
 * Sends key presses on the review screen to the registered commands.
 * Listens on window, not on the grid, so a shortcut works wherever focus is; but keys typed
 * in a form field (the filter box, a dialog) stay with that field, except inside the
 * Portuguese editor (marked data-pt-editor), where commands flagged `whileEditing` fire.
 * Checkboxes are not typing fields; see below.
 * @param review the controller the commands act on; read through a ref so the listener is added once
 */
export function useKeyboardCommands(review: ReviewController): void {
  const latest = useRef(review);
  latest.current = review;

  useEffect(() => {
    // Keys pressed while a dialog had them. A dialog may close on the first keydown (Ctrl+Enter
    // sends a dismissal or a rejection); the same key held down repeats, and those repeats
    // reached the grid, which confirmed the pair and moved on. A key that began in a dialog
    // stays the dialog's until it is released.
    const heldForDialog = new Set<string>();
    function onKeyUp(event: KeyboardEvent) {
      heldForDialog.delete(event.code || event.key);
    }
    // A key released while the window had no focus sends no keyup here.
    function onBlur() {
      heldForDialog.clear();
    }
    function onKeyDown(event: KeyboardEvent) {
      const key = event.code || event.key;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest("dialog") || document.querySelector("dialog[open]")) {
        heldForDialog.add(key);
        return;
      }
      if (heldForDialog.has(key)) return;
      if (event.defaultPrevented || event.isComposing) return;
      const editing = !!target?.closest("[data-pt-editor]");
      const inField = !editing && !!target?.closest("input:not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable=true]");
      if (inField) return;
      // A focused checkbox (a row of the fix offer) keeps Space and plain keys, but chords,
      // Esc and function keys still reach the commands, so Alt+Enter applies the offer.
      const onToggle = !!target?.matches("input[type=checkbox], input[type=radio]");
      if (onToggle && !(event.ctrlKey || event.metaKey || event.altKey || event.key === "Escape" || /^F\d+$/.test(event.key))) return;
      const command = commandForKey(event, latest.current, editing);
      if (!command) return;
      event.preventDefault();
      void command.perform(latest.current);
    }
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("keyup", onKeyUp);
    window.addEventListener("blur", onBlur);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("keyup", onKeyUp);
      window.removeEventListener("blur", onBlur);
    };
  }, []);
}
