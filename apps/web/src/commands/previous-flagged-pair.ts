import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const previousFlaggedPair: Command = {
  name: "previous-flagged-pair",
  group: "Navigate",
  label: "Previous pair with an open flag",
  keys: ["Shift+F8"],
  keyTest: (e) => matches(e, { key: "F8", shift: true }),
  whileEditing: true,
  perform: (review) => review.jump("flagged", -1),
};
