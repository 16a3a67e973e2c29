import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const selectAllShown: Command = {
  name: "select-all-shown",
  group: "Review",
  label: "Select every pair the filters show (again: clear)",
  keys: ["Ctrl+A"],
  keyTest: (e) => matches(e, { key: "a", mod: true, shift: false }),
  predicate: (review) => review.visible.length > 0 && can(review.user, "approve"),
  perform: (review) => review.selectAllShown(),
};
