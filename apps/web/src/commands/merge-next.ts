import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const mergeNext: Command = {
  name: "merge-next",
  group: "Alignment",
  label: "Merge this pair with the next one",
  // All alignment commands sit on Alt+Shift, and none fires while typing: they restructure
  // pairs, so a slip of the fingers in the editor must not trigger one. `code`, because on a
  // Mac Alt changes the key (Alt+Shift+M gives "Â").
  keys: ["Alt+Shift+M"],
  keyTest: (e) => matches(e, { code: "KeyM", alt: true, shift: true }),
  predicate: (review) => !!review.current && can(review.user, "edit"),
  perform: (review) => review.mergeNext(),
};
