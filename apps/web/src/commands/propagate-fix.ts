import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const propagateFix: Command = {
  name: "propagate-fix",
  group: "Edit",
  label: (review) => {
    const offer = review.propagation;
    return offer ? `Apply “${offer.find}” → “${offer.replace}” to the ${offer.chosen.size} ticked pairs elsewhere` : "Apply the last fix to the same text elsewhere";
  },
  keys: ["Alt+Enter"],
  keyTest: (e) => matches(e, { key: "Enter", alt: true, shift: false }),
  whileEditing: true,
  predicate: (review) => !!review.propagation && review.propagation.chosen.size > 0 && can(review.user, "edit"),
  perform: (review) => review.applyPropagation(),
};
