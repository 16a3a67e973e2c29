import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const lastPair: Command = {
  name: "last-pair",
  group: "Navigate",
  label: "Last pair",
  keys: ["Ctrl+End"],
  keyTest: (e) => matches(e, { key: "End", mod: true }),
  perform: (review) => review.goToEdge("last"),
};
