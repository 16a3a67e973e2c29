import type { Flag } from "../types.ts";

/**
 * One line a person can read in a note of another tool: the severity and check first, so a
 * list of notes sorts and scans by them, then the flagged words and the proposed fix.
 */
export function summarizeFlag(flag: Flag): string {
  const words = flag.text === "" ? "" : ` «${flag.text}»`;
  const fix = flag.suggestion === undefined ? "" : ` → «${flag.suggestion}»`;
  return `${flag.severity} ${flag.code}${words}: ${flag.message}${fix}`;
}
