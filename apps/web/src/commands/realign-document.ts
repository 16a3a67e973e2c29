import { api } from "../api/client.ts";
import { describeError } from "../api/problem.ts";
import { can } from "../features/auth/permissions.ts";
import type { Command } from "./types.ts";

export const realignDocument: Command = {
  name: "realign-document",
  group: "Alignment",
  label: "Realign the whole document (keeps edited pairs' history)…",
  keys: [],
  predicate: (review) => !!review.document && can(review.user, "realign"),
  perform: async (review) => {
    if (!window.confirm("Align the whole document again? Pairs may be renumbered.")) return;
    try {
      await api.realign(review.documentId);
      await review.reloadPairs();
      review.notify("Realigned.", "success");
    } catch (failure) {
      review.notify(describeError(failure), "error");
    }
  },
};
