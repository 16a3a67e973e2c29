import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const nextFlag: Command = {
  name: "next-flag",
  group: "Flags",
  label: "Focus the next flag in this pair",
  keys: ["Ctrl+]"],
  keyTest: (e) => matches(e, { code: "BracketRight", mod: true, shift: false }),
  whileEditing: true,
  predicate: (review) => !!review.focusedFlag,
  perform: (review) => review.cycleFlag(1),
};
