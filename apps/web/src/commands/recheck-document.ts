import { api } from "../api/client.ts";
import { describeError } from "../api/problem.ts";
import { can } from "../features/auth/permissions.ts";
import { recheckSummary } from "../features/recheck/recheckDocuments.ts";
import type { Command } from "./types.ts";

export const recheckDocument: Command = {
  name: "recheck-document",
  group: "Flags",
  label: "Re-run checks on this document (after a glossary change)",
  keys: [],
  predicate: (review) => !!review.document && can(review.user, "recheck"),
  perform: async (review) => {
    review.notify("Re-running checks…");
    try {
      const body = await api.recheck(review.documentId);
      // Changed pairs get new flag ids, so the grid must not keep the old ones (a dismiss would 404).
      if (body.changedPairs) await review.reloadPairs();
      // The findings about the whole document may change with no pair's flags changing (a repeated word's count, a habit found after a term change).
      await review.refreshDocument();
      review.notify(recheckSummary({ done: 1, changedPairs: body.changedPairs, failed: [], documents: [body.document] }), "success");
    } catch (failure) {
      review.notify(describeError(failure), "error");
    }
  },
};
