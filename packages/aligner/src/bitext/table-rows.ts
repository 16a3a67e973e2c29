import type { BitextPair } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { summarizeFlag } from "./flag-summary.ts";
import { codesAsText } from "./inline-codes.ts";
import { selectPairs, statusOf } from "./select-pairs.ts";
import { toWellFormed } from "./xml-escape.ts";

/** The columns of the table formats (TSV, CSV, XLSX): the same in all three, so one reader reads them. */
export const tableHeader = (meta: BitextMeta) => ["position", "id", "status", "en", meta.variant, "flags", "notes", "version"];

/** Each pair as the cells of one row, unescaped and unguarded: each format does its own. */
export function* tableRows(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string[]> {
  for (const { pair, position } of selectPairs(pairs, meta.scope)) {
    yield [
      String(position),
      pair.id ?? "",
      statusOf(pair),
      toWellFormed(codesAsText(pair.en, pair.codes)),
      toWellFormed(codesAsText(pair.pt, pair.codes)),
      (pair.flags ?? []).map(summarizeFlag).join("\n"),
      (pair.notes ?? []).join("\n"),
      // Last, so the columns before it stay where earlier exports had them.
      pair.version === undefined ? "" : String(pair.version),
    ];
  }
}
