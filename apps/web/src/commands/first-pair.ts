import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const firstPair: Command = {
  name: "first-pair",
  group: "Navigate",
  label: "First pair",
  keys: ["Ctrl+Home"],
  keyTest: (e) => matches(e, { key: "Home", mod: true }),
  perform: (review) => review.goToEdge("first"),
};
