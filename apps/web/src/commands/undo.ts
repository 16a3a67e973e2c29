import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const undo: Command = {
  name: "undo",
  group: "Edit",
  label: "Undo the last edit, suggestion, confirm, merge or split (a new entry in the history)",
  keys: ["Ctrl+Z"],
  keyTest: (e) => matches(e, { key: "z", mod: true, shift: false }),
  // Not while editing: there Ctrl+Z is the editor's own undo of the typing.
  predicate: (review) => can(review.user, "edit"),
  perform: (review) => review.undo(),
};
