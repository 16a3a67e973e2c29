import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const nextPair: Command = {
  name: "next-pair",
  group: "Navigate",
  label: "Next pair",
  keys: ["Alt+↓", "Ctrl+↓"],
  // Ctrl+Down as well: some desktops take Alt+arrows for window switching.
  keyTest: (e) => matches(e, { key: "ArrowDown", alt: true, shift: false }) || matches(e, { key: "ArrowDown", mod: true, shift: false }),
  whileEditing: true,
  perform: (review) => review.step(1),
};
