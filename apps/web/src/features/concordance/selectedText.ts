/** Longer than this, a selection is a passage being copied, not words to look up. */
const MAX_QUERY = 120;

/**
 * The words the user has selected, in the page or inside a text field (whose selection
 * getSelection() does not report), trimmed; "" when nothing useful is selected.
 */
export function selectedText(): string {
  const active = document.activeElement;
  let text = "";
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    text = active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
  } else {
    text = window.getSelection()?.toString() ?? "";
  }
  text = text.replace(/\s+/gu, " ").trim();
  return text.length > MAX_QUERY ? "" : text;
}
