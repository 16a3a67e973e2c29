import type { ReplaceMatch } from "../../api/types.ts";

/** The offer made after a correction: the same mistake elsewhere, each ticked to receive the fix. */
export interface PropagationOffer {
  find: string;
  replace: string;
  /** The pair the user corrected; it no longer holds `find`, so it is never listed. */
  fromPairId: string;
  /** The check whose flag the fix answered, when it answered one: only pairs with that flag on the same text are offered. */
  flagCode: string | null;
  /** The pairs listed, at most OFFER_LIMIT of them. */
  matches: ReplaceMatch[];
  /** How many other pairs have the words in all; more than `matches` when the list is cut. */
  total: number;
  chosen: ReadonlySet<string>;
  applying: boolean;
}
