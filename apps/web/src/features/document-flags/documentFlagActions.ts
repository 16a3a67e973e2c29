import { can } from "../auth/permissions.ts";
import type { ReviewController } from "../review/ReviewController.ts";

/** DocumentFlags' dismiss and restore, for whoever may dismiss a pair's flag (the same role). */
export function documentFlagActions(review: ReviewController) {
  return can(review.user, "edit") ? { onDismiss: review.dismissDocumentFlag, onRestore: review.restoreDocumentFlag } : {};
}
