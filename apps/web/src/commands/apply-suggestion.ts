import { can } from "../features/auth/permissions.ts";
import { suggestionLabel } from "../features/flags/suggestionLabel.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const applySuggestion: Command = {
  name: "apply-suggestion",
  group: "Flags",
  label: (review) => (review.focusedFlag?.suggestion != null ? `Apply the suggestion: ${suggestionLabel(review.focusedFlag)}` : "Apply the focused flag's suggestion"),
  keys: ["Ctrl+."],
  keyTest: (e) => matches(e, { code: "Period", mod: true, shift: false }),
  whileEditing: true,
  predicate: (review) => !!review.current && review.focusedFlag?.suggestion != null && can(review.user, "edit"),
  perform: (review) => {
    if (review.current && review.focusedFlag) return review.applySuggestion(review.current, review.focusedFlag);
  },
};
