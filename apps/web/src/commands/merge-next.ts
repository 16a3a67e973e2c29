import { can } from "../features/auth/permissions.ts";
import type { Command } from "./types.ts";

export const mergeNext: Command = {
  name: "merge-next",
  group: "Alignment",
  label: "Merge this pair with the next one",
  keys: [],
  predicate: (review) => !!review.current && can(review.user, "edit"),
  perform: (review) => review.mergeNext(),
};
