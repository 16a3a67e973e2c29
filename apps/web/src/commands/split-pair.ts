import { can } from "../features/auth/permissions.ts";
import type { Command } from "./types.ts";

export const splitPair: Command = {
  name: "split-pair",
  group: "Alignment",
  label: "Split this pair in two…",
  keys: [],
  predicate: (review) => !!review.current && can(review.user, "edit"),
  perform: (review) => {
    if (review.current) review.setOverlay({ kind: "split", pairId: review.current.id });
  },
};
