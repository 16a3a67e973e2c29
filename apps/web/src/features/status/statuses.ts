import type { PairStatus } from "../../api/types.ts";

/** Statuses in workflow order; the progress bar stacks them in this order. */
export const STATUSES: readonly { status: PairStatus; label: string; short: string }[] = [
  { status: "approved", label: "Approved", short: "APR" },
  { status: "confirmed", label: "Confirmed", short: "CNF" },
  { status: "edited", label: "Edited", short: "EDT" },
  { status: "rejected", label: "Rejected", short: "REJ" },
  { status: "new", label: "New", short: "NEW" },
];

export function statusLabel(status: PairStatus): string {
  return STATUSES.find((s) => s.status === status)?.label ?? status;
}
