import type { Flag } from "../../api/types.ts";

export type TextPiece = { text: string; flag?: Flag };

/** Flags a reviewer still has to act on; dismissed ones stay in history, not in the text. */
export function activeFlags(flags: readonly Flag[]): Flag[] {
  return flags.filter((f) => !f.dismissed).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Cuts `text` into plain and flagged pieces. Overlapping flags cannot both be one <mark>, so
 * the earlier (then longer) span wins and the other is still listed in the side panel. Spans
 * outside the text (a stale flag after a local edit) are ignored rather than mis-placed.
 */
export function splitByFlags(text: string, flags: readonly Flag[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const flag of activeFlags(flags)) {
    if (flag.start < at || flag.end > text.length || flag.end <= flag.start) continue;
    if (flag.start > at) pieces.push({ text: text.slice(at, flag.start) });
    pieces.push({ text: text.slice(flag.start, flag.end), flag });
    at = flag.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** Flags with no span to underline (an omission, a whole-pair problem): shown as chips. */
export function spanlessFlags(text: string, flags: readonly Flag[]): Flag[] {
  return activeFlags(flags).filter((f) => f.end <= f.start || f.end > text.length);
}

/**
 * Where a flag's words sit in a local draft. The flag's offsets point into the saved text, so
 * the span is trusted only if it still holds the flagged words; otherwise the nearest
 * occurrence. -1 when the words are gone.
 */
export function locateFlag(draft: string, flag: Flag): number {
  if (draft.slice(flag.start, flag.end) === flag.text) return flag.start;
  const found = [...draft.matchAll(new RegExp(escapeRegExp(flag.text), "g"))].map((m) => m.index);
  if (!found.length) return -1;
  return found.reduce((best, i) => (Math.abs(i - flag.start) < Math.abs(best - flag.start) ? i : best));
}

/** Applies a suggestion to a local draft; null when there is none or its words are gone. */
export function applyToDraft(draft: string, flag: Flag): string | null {
  if (flag.suggestion == null) return null;
  const start = locateFlag(draft, flag);
  if (start < 0) return null;
  return draft.slice(0, start) + flag.suggestion + draft.slice(start + flag.text.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
