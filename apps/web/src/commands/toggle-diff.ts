import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const toggleDiff: Command = {
  name: "toggle-diff",
  group: "View",
  label: (review) => (review.showDiff ? "Hide changes against the machine translation" : "Show changes against the machine translation"),
  keys: ["Ctrl+Alt+D"],
  keyTest: (e) => matches(e, { code: "KeyD", mod: true, alt: true }),
  whileEditing: true,
  perform: (review) => review.toggleDiff(),
};
