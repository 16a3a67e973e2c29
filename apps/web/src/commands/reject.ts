import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const reject: Command = {
  name: "reject",
  group: "Review",
  label: (review) => (review.selection.size > 1 ? `Reject the ${review.selection.size} selected pairs…` : "Reject this pair, with a comment…"),
  keys: ["Ctrl+Shift+Enter"],
  keyTest: (e) => matches(e, { key: "Enter", mod: true, shift: true }),
  whileEditing: true,
  predicate: (review) => !!review.current && can(review.user, "reject"),
  perform: (review) => {
    const ids = review.selection.size ? [...review.selection] : review.current ? [review.current.id] : [];
    review.setOverlay({ kind: "reject", pairIds: ids });
  },
};
