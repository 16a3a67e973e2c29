import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const exportDocument: Command = {
  name: "export",
  group: "View",
  label: "Export the document…",
  keys: ["Ctrl+Shift+E"],
  keyTest: (e) => matches(e, { key: "e", mod: true, shift: true }),
  predicate: (review) => !!review.document,
  perform: (review) => review.setOverlay({ kind: "export" }),
};
