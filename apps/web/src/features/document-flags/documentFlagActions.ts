import { can } from "../auth/permissions.ts";
import type { ReviewController } from "../review/ReviewController.ts";
import type { BulkFix } from "./bulkFix.ts";

/**
 * DocumentFlags' handlers on the review screen (its header and the QA tab): a bulk fix opens its preview, and whoever
 * may dismiss a pair's flag (the same role) may dismiss or restore a finding.
 */
export function documentFlagActions(review: ReviewController) {
  const onFix = (fix: BulkFix) => review.setOverlay(fix.kind === "recase" ? { kind: "recase" } : { kind: "replace", find: fix.find, replaceWith: fix.replace });
  return can(review.user, "edit") ? { onFix, onDismiss: review.dismissDocumentFlag, onRestore: review.restoreDocumentFlag } : { onFix };
}
