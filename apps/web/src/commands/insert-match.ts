import { can } from "../features/auth/permissions.ts";
import { matches } from "./keys.ts";
import type { Command, CommandName } from "./types.ts";

/**
 * Ctrl+1..3 put the n-th translation-memory match into the Portuguese (Matecat's keys). Alt+1..3
 * too, by key position, for browsers that keep Ctrl+digit for their tabs.
 */
export function insertMatchCommand(n: 1 | 2 | 3): Command {
  return {
    name: `insert-match-${n}` as CommandName,
    group: "Edit",
    label: `Insert memory match ${n}`,
    keys: [`Ctrl+${n}`, `Alt+${n}`],
    keyTest: (e) => matches(e, { key: String(n), mod: true, shift: false }) || matches(e, { code: `Digit${n}`, alt: true, shift: false }),
    whileEditing: true,
    predicate: (review) => !!review.current && !!review.matches && review.matches.length >= n && can(review.user, "edit"),
    perform: (review) => review.insertMatch(n - 1),
  };
}
