import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const confirmAndNext: Command = {
  name: "confirm-and-next",
  group: "Review",
  label: (review) => (review.user.role === "translator" ? "Confirm and go to the next pair needing work" : "Approve and go to the next pair needing work"),
  keys: ["Ctrl+Enter"],
  keyTest: (e) => matches(e, { key: "Enter", mod: true, shift: false }),
  whileEditing: true,
  predicate: (review) => !!review.current && can(review.user, "confirm"),
  perform: (review) => review.confirmAndNext(),
};
