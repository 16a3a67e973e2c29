import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const dismissPropagation: Command = {
  name: "dismiss-propagation",
  group: "Edit",
  label: "Close the offer to apply the fix elsewhere",
  keys: ["Esc"],
  keyTest: (e) => matches(e, { key: "Escape" }),
  // Not while editing: there Esc leaves the editor, and a second Esc closes the offer.
  predicate: (review) => !!review.propagation && !review.editingId,
  perform: (review) => review.dismissPropagation(),
};
