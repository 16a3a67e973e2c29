import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const previousFlag: Command = {
  name: "previous-flag",
  group: "Flags",
  label: "Focus the previous flag in this pair",
  keys: ["Ctrl+["],
  keyTest: (e) => matches(e, { code: "BracketLeft", mod: true, shift: false }),
  whileEditing: true,
  predicate: (review) => !!review.focusedFlag,
  perform: (review) => review.cycleFlag(-1),
};
