import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const searchReplace: Command = {
  name: "search-replace",
  group: "Edit",
  label: "Search and replace (this or all documents)…",
  keys: ["Ctrl+Shift+H"],
  keyTest: (e) => matches(e, { key: "h", mod: true, shift: true }),
  whileEditing: true,
  predicate: (review) => can(review.user, "edit"),
  perform: (review) => review.setOverlay({ kind: "replace" }),
};
