import { toWellFormed } from "./xml-escape.ts";

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * A control character in a sentence is an artefact a reviewer should see, not an invisible
 * glitch, so it is shown as its Control Pictures symbol (U+2400 block): U+0001 prints as ␁.
 */
function showControl(c: string): string {
  const code = c.charCodeAt(0);
  return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
}

/**
 * Escapes text for HTML content and attribute values alike. Markdown, which is read as source
 * too and never puts a sentence in an attribute, leaves quotes alone (`quotes: false`).
 */
export function escapeHtml(text: string, { quotes = true } = {}): string {
  return toWellFormed(text)
    .replace(quotes ? /[&<>"']/g : /[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, showControl);
}

/** Cells keep the line breaks a sentence had (a verse, an address). */
export function escapeHtmlLines(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, "<br>");
}
