import { can } from "../features/auth/permissions.ts";
import type { Command } from "./types.ts";

export const movePtToPrevious: Command = {
  name: "move-pt-to-previous",
  group: "Alignment",
  label: "Move the first Portuguese sentence to the previous pair",
  keys: [],
  predicate: (review) => !!review.current && can(review.user, "edit"),
  perform: (review) => review.moveSentence("pt", "to-prev"),
};
