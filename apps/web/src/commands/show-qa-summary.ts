import type { Command } from "./types.ts";

export const showQaSummary: Command = {
  name: "show-qa-summary",
  group: "View",
  label: "QA summary: open flags per family in this document",
  keys: [],
  perform: (review) => review.showPanel("qa"),
};
