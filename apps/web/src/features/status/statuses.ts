import type { PairStatus } from "../../api/types.ts";

/**
 * Statuses in workflow order; the progress bar stacks them in this order. The labels and
 * colours are Matecat's (draft, translated, approved, rejected), so a translator coming from
 * a CAT tool reads them at a glance; the API keeps its own names (edited, confirmed).
 */
export const STATUSES: readonly { status: PairStatus; label: string; short: string }[] = [
  { status: "approved", label: "Approved", short: "APR" },
  { status: "confirmed", label: "Translated", short: "TRA" },
  { status: "edited", label: "Draft", short: "DRF" },
  { status: "rejected", label: "Rejected", short: "REJ" },
  { status: "new", label: "New", short: "NEW" },
];

export function statusLabel(status: PairStatus): string {
  return STATUSES.find((s) => s.status === status)?.label ?? status;
}
