import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const toggleSelection: Command = {
  name: "toggle-selection",
  group: "Review",
  label: "Select or unselect this pair",
  keys: ["Space"],
  keyTest: (e) => matches(e, { key: " " }),
  predicate: (review) => !!review.current && can(review.user, "approve"),
  perform: (review) => review.toggleSelection(),
};
