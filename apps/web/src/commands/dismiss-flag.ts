import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const dismissFlag: Command = {
  name: "dismiss-flag",
  group: "Flags",
  label: "Dismiss the focused flag (false alarm)…",
  keys: ["Ctrl+Shift+X"],
  keyTest: (e) => matches(e, { key: "x", mod: true, shift: true }),
  whileEditing: true,
  predicate: (review) => !!review.current && !!review.focusedFlag && can(review.user, "edit"),
  perform: (review) => {
    if (review.current && review.focusedFlag) review.setOverlay({ kind: "dismiss", pairId: review.current.id, flagId: review.focusedFlag.id });
  },
};
