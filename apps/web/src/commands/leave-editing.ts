import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const leaveEditing: Command = {
  name: "leave-editing",
  group: "Edit",
  label: "Leave editing (saves the change)",
  keys: ["Esc"],
  keyTest: (e) => matches(e, { key: "Escape" }),
  whileEditing: true,
  predicate: (review) => !!review.editingId,
  perform: (review) => review.stopEditing(),
};
