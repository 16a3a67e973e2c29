import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const redo: Command = {
  name: "redo",
  group: "Edit",
  label: "Redo what was just undone",
  keys: ["Ctrl+Shift+Z", "Ctrl+Y"],
  keyTest: (e) => matches(e, { key: "z", mod: true, shift: true }) || matches(e, { key: "y", mod: true, shift: false }),
  predicate: (review) => can(review.user, "edit"),
  perform: (review) => review.redo(),
};
