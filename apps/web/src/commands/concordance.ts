import { selectedText } from "../features/concordance/selectedText.ts";
import { matches } from "./keys.ts";
import type { Command } from "./types.ts";

export const concordance: Command = {
  name: "concordance",
  group: "View",
  label: "Concordance: other pairs with the selected words, in both languages",
  keys: ["Ctrl+Shift+F"],
  keyTest: (e) => matches(e, { key: "f", mod: true, shift: true }),
  whileEditing: true,
  perform: (review) => {
    const words = selectedText();
    if (words) review.setConcordanceQuery(words);
    review.showPanel("concordance");
    // The panel renders on the next frame; then the query box takes the keyboard.
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>("[data-concordance-input]")?.select());
  },
};
