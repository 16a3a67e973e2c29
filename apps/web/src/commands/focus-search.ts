import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const focusSearch: Command = {
  name: "focus-search",
  group: "View",
  label: "Search the pairs (filter)",
  keys: ["/"],
  keyTest: (e) => matches(e, { key: "/" }),
  perform: (review) => review.focusSearch(),
};
