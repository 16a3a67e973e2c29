import type { PairStatus } from "../../api/types.ts";
import { statusLabel } from "./statuses.ts";

export function StatusBadge({ status }: { status: PairStatus }) {
  return <span className={`status status--${status}`} data-status={status}>{statusLabel(status)}</span>;
}
