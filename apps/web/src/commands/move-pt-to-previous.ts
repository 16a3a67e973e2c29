import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const movePtToPrevious: Command = {
  name: "move-pt-to-previous",
  group: "Alignment",
  label: "Move the first Portuguese sentence to the previous pair",
  keys: ["Alt+Shift+↑"],
  keyTest: (e) => matches(e, { key: "ArrowUp", alt: true, shift: true }),
  predicate: (review) => !!review.current && can(review.user, "edit"),
  perform: (review) => review.moveSentence("pt", "to-prev"),
};
