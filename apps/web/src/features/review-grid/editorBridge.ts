/**
 * The one Portuguese editor open at a time, so commands can change its text the way typing
 * does. Text goes in through execCommand("insertText"): that keeps the browser's own undo
 * stack, so Ctrl+Z takes back a pasted English or an applied suggestion like any keystroke,
 * whereas setting `value` from React would wipe the stack.
 */
let active: HTMLTextAreaElement | null = null;
let pending: { start: number; end: number; text: string } | null = null;

export function registerEditor(area: HTMLTextAreaElement | null): void {
  active = area;
  if (area && pending) {
    const { start, end, text } = pending;
    pending = null;
    // Not during React's commit (this runs from a layout effect): an input event there makes
    // React restore the old controlled value, which leaves the undo stack out of step.
    setTimeout(() => replaceInEditor(start, end, text), 0);
  }
}

/** Replaces [start, end) of the open editor's text; false when no editor is open. */
export function replaceInEditor(start: number, end: number, text: string): boolean {
  const area = active;
  if (!area || !area.isConnected) return false;
  area.focus({ preventScroll: true });
  area.setSelectionRange(start, Math.min(end, area.value.length));
  // execCommand is deprecated but still the only way to edit a field with undo; the fallback
  // keeps the text right where a browser has dropped it.
  if (!area.ownerDocument.execCommand("insertText", false, text)) {
    area.setRangeText(text, start, end, "end");
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }
  return true;
}

/** Replaces the whole text once the editor that is about to open has mounted. */
export function replaceWhenEditorOpens(text: string): void {
  pending = { start: 0, end: Number.MAX_SAFE_INTEGER, text };
}
