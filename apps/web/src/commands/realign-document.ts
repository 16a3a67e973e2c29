import { api } from "../api/client.ts";
import { describeError } from "../api/problem.ts";
import { can } from "../features/auth/permissions.ts";
import type { RealignSummary } from "../api/types.ts";
import type { Command } from "./types.ts";

/** What the reviewer must know after a re-align: what kept its status, what needs review again. */
export function realignSummary(r: RealignSummary): string {
  const parts = [`Realigned: ${r.kept} of ${r.total} pairs kept their status`];
  if (r.needsReview > 0) parts.push(`${r.needsReview} changed where reviewed and need review again`);
  if (r.approvedToReview > 0) parts.push(`${r.approvedToReview} approved ${r.approvedToReview === 1 ? "pair was" : "pairs were"} replaced: approve again after review`);
  return `${parts.join("; ")}.`;
}

export const realignDocument: Command = {
  name: "realign-document",
  group: "Alignment",
  label: "Realign the whole document (keeps reviewed pairs that did not change)…",
  keys: [],
  predicate: (review) => !!review.document && can(review.user, "realign"),
  perform: async (review) => {
    if (!window.confirm("Align the whole document again? Pairs whose Portuguese and English stay the same keep their status, comments and dismissals; changed ones go back to review.")) return;
    try {
      const { realign } = await api.realign(review.documentId);
      await review.reloadPairs();
      review.notify(realignSummary(realign), realign.approvedToReview > 0 ? "error" : "success");
    } catch (failure) {
      review.notify(describeError(failure), "error");
    }
  },
};
