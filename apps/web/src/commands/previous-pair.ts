import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const previousPair: Command = {
  name: "previous-pair",
  group: "Navigate",
  label: "Previous pair",
  keys: ["Alt+↑", "Ctrl+↑"],
  keyTest: (e) => matches(e, { key: "ArrowUp", alt: true, shift: false }) || matches(e, { key: "ArrowUp", mod: true, shift: false }),
  whileEditing: true,
  perform: (review) => review.step(-1),
};
