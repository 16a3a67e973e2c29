import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const previousNeedingWork: Command = {
  name: "previous-needing-work",
  group: "Navigate",
  label: (review) => (review.user.role === "translator" ? "Previous unconfirmed pair" : "Previous pair not yet approved"),
  keys: ["Ctrl+Shift+↑"],
  keyTest: (e) => matches(e, { key: "ArrowUp", mod: true, shift: true }),
  whileEditing: true,
  perform: (review) => review.jump("needs-work", -1),
};
