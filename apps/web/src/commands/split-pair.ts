import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const splitPair: Command = {
  name: "split-pair",
  group: "Alignment",
  label: "Split this pair in two…",
  keys: ["Alt+Shift+S"],
  keyTest: (e) => matches(e, { code: "KeyS", alt: true, shift: true }),
  predicate: (review) => !!review.current && can(review.user, "edit"),
  perform: (review) => {
    if (review.current) review.setOverlay({ kind: "split", pairId: review.current.id });
  },
};
