import { can } from "../features/auth/permissions.ts";
import type { Command } from "./types.ts";

export const approveWithComment: Command = {
  name: "approve-with-comment",
  group: "Review",
  label: (review) => (review.selection.size > 1 ? `Approve the ${review.selection.size} selected pairs with a comment…` : "Approve this pair with a comment…"),
  keys: [],
  predicate: (review) => !!review.current && can(review.user, "approve"),
  perform: (review) => {
    const ids = review.selection.size ? [...review.selection] : review.current ? [review.current.id] : [];
    review.setOverlay({ kind: "approve", pairIds: ids });
  },
};
