import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const moveEnToNext: Command = {
  name: "move-en-to-next",
  group: "Alignment",
  label: "Move the last English sentence to the next pair",
  keys: ["Alt+Shift+PageDown"],
  keyTest: (e) => matches(e, { key: "PageDown", alt: true, shift: true }),
  predicate: (review) => !!review.current && can(review.user, "edit"),
  perform: (review) => review.moveSentence("en", "to-next"),
};
