import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const commandPalette: Command = {
  name: "command-palette",
  group: "View",
  label: "Open the command palette",
  keys: ["Ctrl+K"],
  keyTest: (e) => matches(e, { key: "k", mod: true, shift: false }),
  whileEditing: true,
  perform: (review) => review.setOverlay({ kind: "palette" }),
};
