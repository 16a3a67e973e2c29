import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const moveEnToPrevious: Command = {
  name: "move-en-to-previous",
  group: "Alignment",
  label: "Move the first English sentence to the previous pair",
  keys: ["Alt+Shift+PageUp"],
  keyTest: (e) => matches(e, { key: "PageUp", alt: true, shift: true }),
  predicate: (review) => !!review.current && can(review.user, "edit"),
  perform: (review) => review.moveSentence("en", "to-prev"),
};
