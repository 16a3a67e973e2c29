import type { DocumentFlag } from "../../api/types.ts";

/**
 * A document finding's bulk fix, when it carries one: replace its text with its suggestion
 * wherever it occurs in the document (" - " → " — "), shown as a preview of every change before
 * anything is written. A finding without both has no fix to offer.
 */
export function bulkFix(flag: DocumentFlag): { find: string; replace: string } | null {
  if (!flag.text || flag.suggestion == null || flag.suggestion === flag.text) return null;
  return { find: flag.text, replace: flag.suggestion };
}
