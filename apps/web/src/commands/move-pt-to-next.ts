import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const movePtToNext: Command = {
  name: "move-pt-to-next",
  group: "Alignment",
  label: "Move the last Portuguese sentence to the next pair",
  keys: ["Alt+Shift+↓"],
  keyTest: (e) => matches(e, { key: "ArrowDown", alt: true, shift: true }),
  predicate: (review) => !!review.current && can(review.user, "edit"),
  perform: (review) => review.moveSentence("pt", "to-next"),
};
