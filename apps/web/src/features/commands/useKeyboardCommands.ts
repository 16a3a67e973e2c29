import { useEffect, useRef } from "react";
import { commandForKey } from "../../commands/index.ts";
import type { ReviewController } from "../review/ReviewController.ts";

/**
 * Sends key presses on the review screen to the registered commands.
 * Listens on window, not on the grid, so a shortcut works wherever focus is; but keys typed
 * in a form field (the filter box, a dialog) stay with that field, except inside the
 * Portuguese editor (marked data-pt-editor), where commands flagged `whileEditing` fire.
 * @param review the controller the commands act on; read through a ref so the listener is added once
 */
export function useKeyboardCommands(review: ReviewController): void {
  const latest = useRef(review);
  latest.current = review;

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest("dialog")) return;
      const editing = !!target?.closest("[data-pt-editor]");
      const inField = !editing && !!target?.closest("input, textarea, select, [contenteditable=true]");
      if (inField) return;
      const command = commandForKey(event, latest.current, editing);
      if (!command) return;
      event.preventDefault();
      void command.perform(latest.current);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
