import type { Flag } from "../../api/types.ts";

/** The button text for a suggestion; an empty one deletes the span (page junk, a stray mark). */
export function suggestionLabel(flag: Flag): string {
  if (flag.suggestion == null) return "";
  return flag.suggestion.trim() === "" ? `Remove “${flag.text.length > 24 ? `${flag.text.slice(0, 24)}…` : flag.text}”` : `Use “${flag.suggestion}”`;
}
