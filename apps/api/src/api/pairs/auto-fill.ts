// Auto-propagation (as Matecat does it): once a pair is confirmed, the other pairs of the same
// document with exactly the same English and nobody's work in them get its Portuguese, marked as
// auto-filled (Pair.autoFilledFrom) and each written as its own "auto-fill" edit, so an undo is
// an ordinary revert.
import type { AppContext } from "../../app-context.ts";
import type { Pair, User } from "../../contract/index.ts";
import { livePairsInContext } from "./pair-context.ts";
import { toPair, type PairRow } from "./pair-dto.ts";
import { afterUpdate, writePairChanges, type PairUpdate } from "./pair-writer.ts";
import { recheck, sameFlags } from "./recheck.ts";

/**
 * Fills the repetitions of `source`'s English; returns the pairs changed. A pair changed by
 * someone meanwhile is left alone (it is no longer untouched).
 */
export async function autoFillRepetitions(ctx: AppContext, source: PairRow, user: User): Promise<Pair[]> {
  const en = source.enText.trim();
  if (!en || !source.ptText.trim()) return [];
  // Untouched: new, or filled by an earlier auto-fill that nobody has looked at since. Read
  // together (one statement), written together (one statement on PostgreSQL), yet each fill
  // stands alone, as a person's edit does: a repetition changed meanwhile is left out.
  const repetitions = await livePairsInContext(ctx, {
    sql: `p."documentId" = ? AND p."id" <> ? AND p."enText" = ? AND p."ptText" <> ? AND (p."status" = 'new' OR (p."status" = 'edited' AND p."autoFilledFrom" IS NOT NULL))`,
    args: [source.documentId, source.id, source.enText, source.ptText],
  });
  const who = { id: user.id, displayName: user.displayName };
  const now = new Date();
  const fills = repetitions.map(({ row, context }) => {
    const found = recheck(context.around(source.ptText), context.options, row.flags);
    const update: PairUpdate = {
      action: "auto-fill", status: "edited", note: `from pair ${source.index + 1}`,
      data: { ptText: source.ptText, autoFilledFrom: source.id },
      ...(sameFlags(found, row.flags) ? {} : { flags: found }),
    };
    return { pair: row, update };
  });
  const written = await writePairChanges(ctx.sql, fills, who, now);
  return fills.flatMap(({ pair, update }, k) => {
    const result = written[k];
    return result ? [toPair(afterUpdate(pair, update, who, now, result))] : [];
  });
}
