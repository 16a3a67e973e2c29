import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const nextNeedingWork: Command = {
  name: "next-needing-work",
  group: "Navigate",
  label: (review) => (review.user.role === "translator" ? "Next unconfirmed pair" : "Next pair not yet approved"),
  keys: ["Ctrl+Shift+↓"],
  keyTest: (e) => matches(e, { key: "ArrowDown", mod: true, shift: true }),
  whileEditing: true,
  perform: (review) => review.jump("needs-work", 1),
};
