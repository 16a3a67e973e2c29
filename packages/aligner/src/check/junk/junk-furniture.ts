import { flagAt, type Check } from "../check.ts";
import { isFurniture } from "./furniture.ts";

/** Page furniture copied with the article: menus, "Populares", share buttons, disclaimers. */
export const junkFurniture: Check<"junk-furniture"> = {
  id: "junk-furniture",
  family: "junk",
  severity: "warning",
  name: "Page furniture",
  description: "A menu item, section label, share button or disclaimer of the web page, not part of the text.",
  run(pair) {
    if (!isFurniture(pair.pt)) return [];
    const start = pair.pt.search(/\S/u);
    return [flagAt(this, pair.pt, start, pair.pt.trimEnd().length, "This is part of the web page around the article, not of the article: leave it out.", "")];
  },
};
