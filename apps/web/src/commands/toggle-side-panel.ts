import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const toggleSidePanel: Command = {
  name: "toggle-side-panel",
  group: "View",
  label: (review) => (review.panelOpen ? "Hide the history and comments panel" : "Show the history and comments panel"),
  keys: ["Ctrl+B"],
  keyTest: (e) => matches(e, { key: "b", mod: true, shift: false }),
  whileEditing: true,
  perform: (review) => review.togglePanel(),
};
