import { can } from "../features/auth/permissions.ts";
import type { Command } from "./types.ts";

export const reopenPair: Command = {
  name: "reopen-pair",
  group: "Review",
  label: "Reopen this pair (take the sign-off back; kept in the history)",
  keys: [],
  // An approved pair needs an editor; a translator may take back their own confirmation.
  predicate: (review) => !!review.current && (review.current.status === "approved" ? can(review.user, "approve") : review.current.status === "confirmed" && can(review.user, "confirm")),
  perform: (review) => review.reopen(),
};
