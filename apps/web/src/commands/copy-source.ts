import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const copySource: Command = {
  name: "copy-source",
  group: "Edit",
  label: "Copy the English into the Portuguese (names, code, untranslatable lines)",
  // Matecat's key; Ctrl+Z in the editor takes it back.
  keys: ["Ctrl+Shift+Insert"],
  keyTest: (e) => matches(e, { key: "Insert", mod: true, shift: true }),
  whileEditing: true,
  predicate: (review) => !!review.current && !!review.current.enText && can(review.user, "edit"),
  perform: (review) => review.copySource(),
};
