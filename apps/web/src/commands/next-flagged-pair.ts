import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const nextFlaggedPair: Command = {
  name: "next-flagged-pair",
  group: "Navigate",
  label: "Next pair with an open flag",
  // F8 is "next problem" in the editors translators also use (VS Code, Visual Studio).
  keys: ["F8"],
  keyTest: (e) => matches(e, { key: "F8", shift: false }),
  whileEditing: true,
  perform: (review) => review.jump("flagged", 1),
};
