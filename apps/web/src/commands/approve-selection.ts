import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const approveSelection: Command = {
  name: "approve-selection",
  group: "Review",
  label: (review) => `Approve the ${review.selection.size} selected pairs`,
  keys: ["Ctrl+Shift+A"],
  keyTest: (e) => matches(e, { key: "a", mod: true, shift: true }),
  predicate: (review) => review.selection.size > 0 && can(review.user, "approve"),
  perform: (review) => review.approveSelection(),
};
