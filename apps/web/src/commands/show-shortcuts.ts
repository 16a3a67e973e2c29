import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const showShortcuts: Command = {
  name: "show-shortcuts",
  group: "View",
  label: "Show keyboard shortcuts",
  keys: ["?"],
  keyTest: (e) => matches(e, { key: "?" }),
  perform: (review) => review.setOverlay({ kind: "shortcuts" }),
};
