import type { DocumentFlag } from "../../api/types.ts";

/**
 * The document findings to list: a dismissed one is judged already, so it is out of the way
 * unless asked for (as a pair's dismissed flags are folded away under "N dismissed"); the
 * count names what the toggle would bring back.
 */
export function shownFindings(flags: readonly DocumentFlag[] | undefined, showDismissed: boolean): { shown: DocumentFlag[]; dismissed: number } {
  const all = flags ?? [];
  const dismissed = all.filter((f) => f.dismissed === true).length;
  return { shown: showDismissed ? [...all] : all.filter((f) => f.dismissed !== true), dismissed };
}

/** The toggle's label, or null when nothing is dismissed. */
export function dismissedToggleLabel(dismissed: number, showDismissed: boolean): string | null {
  if (!dismissed) return null;
  return showDismissed ? "Hide dismissed" : `Show ${dismissed} dismissed`;
}

/** "×9" beside a finding the checks report once for many pairs; nothing for a single one. */
export function occurrencesLabel(flag: Pick<DocumentFlag, "occurrences">): string | null {
  return flag.occurrences !== undefined && flag.occurrences > 1 ? `×${flag.occurrences}` : null;
}
