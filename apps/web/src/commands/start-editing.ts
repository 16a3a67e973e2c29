import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const startEditing: Command = {
  name: "start-editing",
  group: "Edit",
  label: "Edit the Portuguese",
  keys: ["Enter", "F2"],
  keyTest: (e) => matches(e, { key: "Enter", shift: false }) || matches(e, { key: "F2" }),
  predicate: (review) => !!review.current && !review.editingId && can(review.user, "edit"),
  perform: (review) => review.startEditing(),
};
