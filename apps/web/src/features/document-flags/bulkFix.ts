import type { DocumentFlag } from "../../api/types.ts";

/**
 * A document finding's bulk fix, each shown as a preview of every change before anything is
 * written: a document in lower case is recased pair by pair (sentence starts, names, acronyms);
 * a finding with a text and a suggestion replaces one with the other wherever it occurs
 * (" - " → " — "). A finding with neither has no fix to offer.
 */
export type BulkFix = { kind: "recase" } | { kind: "replace"; find: string; replace: string };

export function bulkFix(flag: DocumentFlag): BulkFix | null {
  if (flag.code === "casing-lowercase-document") return { kind: "recase" };
  if (!flag.text || flag.suggestion == null || flag.suggestion === flag.text) return null;
  return { kind: "replace", find: flag.text, replace: flag.suggestion };
}
