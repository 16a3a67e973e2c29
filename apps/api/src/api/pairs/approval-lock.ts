// Approved means approved: once an editor signs a pair off, a translator cannot change it (its
// text, its alignment, its status) until an editor reopens it, which the history shows.
import type { User } from "../../contract/index.ts";
import { Forbidden } from "../../common/errors.ts";
import { hasRole } from "../auth/require-role.ts";

export function assertMayChange(pair: { status: string; index: number }, user: User): void {
  if (pair.status !== "approved" || hasRole(user, "editor")) return;
  throw new Forbidden(`Pair ${pair.index + 1} is approved: an editor has to reopen it before it can be changed.`);
}
