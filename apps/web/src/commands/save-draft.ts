import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const saveDraft: Command = {
  name: "save-draft",
  group: "Edit",
  label: "Save the edit without changing status",
  keys: ["Ctrl+S"],
  keyTest: (e) => matches(e, { key: "s", mod: true, shift: false }),
  whileEditing: true,
  predicate: (review) => !!review.current && can(review.user, "edit"),
  perform: async (review) => {
    await review.save();
  },
};
