// Auto-propagation (as Matecat does it): once a pair is confirmed, the other pairs of the same
// document with exactly the same English and nobody's work in them get its Portuguese, marked as
// auto-filled (Pair.autoFilledFrom) and each written as its own "auto-fill" edit, so an undo is
// an ordinary revert.
import type { AppContext } from "../../app-context.ts";
import { NotFound } from "../../common/errors.ts";
import type { Pair } from "../../contract/index.ts";
import { livePairsInContext, type PairContext } from "./pair-context.ts";
import { toPair, type FlagRow, type PairRow } from "./pair-dto.ts";
import { afterUpdate, type Author, type PairUpdate } from "./pair-writer.ts";
import { Rechecks, sameFlags } from "./recheck.ts";

/** Untouched: new, or filled by an earlier auto-fill that nobody has looked at since. */
const UNTOUCHED = `(p."status" = 'new' OR (p."status" = 'edited' AND p."autoFilledFrom" IS NOT NULL))`;

/**
 * A live pair and, with it in the same statement, the untouched repetitions of its English with
 * what the checks need around them: a confirmation or an approval reads both, and on PostgreSQL
 * each statement is a round trip that wakes the server and then this process again.
 */
export async function livePairWithRepetitions(ctx: AppContext, id: string): Promise<{ row: PairRow; repetitions: { row: PairRow; context: PairContext }[] }> {
  const found = await livePairsInContext(ctx, { sql: repetitionsOf(true), args: [id, id, id, id, id] });
  const own = found.find((f) => f.row.id === id);
  if (!own || own.row.removed) throw new NotFound("pair", id);
  if (own.row.enHash === null) {
    // Written before the key (until the start-up fills it): its repetitions by their English alone.
    const all = await livePairsInContext(ctx, { sql: repetitionsOf(false), args: [id, id, id, id] });
    return { row: own.row, repetitions: all.filter((f) => f.row.id !== id) };
  }
  return { row: own.row, repetitions: found.filter((f) => f.row.id !== id) };
}

/**
 * The pair (by its id, the statement's only input) and its untouched repetitions. `byKey`: looked
 * up by the key of the English (english-key.ts; the index on documentId, enHash), then compared as
 * texts, so a key collision is read, never filled; a pair without a key yet is still taken (by the
 * same index). Without: every pair of the document is compared, for a source without a key.
 */
function repetitionsOf(byKey: boolean): string {
  const source = (column: string) => `(SELECT s."${column}" FROM "Pair" s WHERE s."id" = ?)`;
  const key = byKey ? `(p."enHash" = ${source("enHash")} OR p."enHash" IS NULL) AND ` : "";
  return `p."documentId" = ${source("documentId")} AND (p."id" = ? OR (${key}p."enText" = ${source("enText")} AND p."ptText" <> ${source("ptText")} AND ${UNTOUCHED}))`;
}

/**
 * Check work between two yields to the event loop while fills are checked: a request that comes
 * meanwhile waits at most about this long behind them (as the background warm-up of documents).
 */
const SLICE_MS = 4;
/** Repetitions checked together (in one pass of the checks) between two looks at the clock. */
const CHECKED_TOGETHER = 8;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The fills of `source`'s repetitions (read with it: livePairWithRepetitions), each rechecked with
 * its own neighbours, for the caller to write once the source's confirmation or approval is
 * written (writePairChanges: each fill only if its pair is still as read).
 *
 * Every repetition gets the same Portuguese, so the checks share their work between them
 * (Rechecks): a check that reads no neighbour runs once for all. A line that repeats through a
 * document (a speaker's name in an interview) has tens of untouched repetitions; checked one by
 * one, an approval that fills 23 cost the API process ~13–18 ms of CPU against ~1.8 ms for one
 * that fills none (bench/first-requests.ts, PostgreSQL), and under the 50-reviewer load about one
 * approval in 15 is such a name. The checks still run a few milliseconds at a time, letting other
 * requests in between. Nothing is lost by waiting: each fill is still written only if its pair is as read.
 */
export async function repetitionFills(source: PairRow, repetitions: readonly { row: PairRow; context: PairContext }[]): Promise<{ pair: PairRow; update: PairUpdate }[]> {
  if (!source.enText.trim() || !source.ptText.trim()) return [];
  const fills: { pair: PairRow; update: PairUpdate }[] = [];
  const rechecks = new Rechecks();
  let sliceFrom = performance.now();
  for (let from = 0; from < repetitions.length; from += CHECKED_TOGETHER) {
    if (performance.now() - sliceFrom >= SLICE_MS) {
      await nextTurn();
      sliceFrom = performance.now();
    }
    const some = repetitions.slice(from, from + CHECKED_TOGETHER);
    const found = rechecks.run(some.map(({ row, context }) => ({ text: context.around(source.ptText), options: context.options, previous: row.flags })));
    some.forEach(({ row }, k) => {
      const update: PairUpdate = {
        action: "auto-fill", status: "edited", note: `from pair ${source.index + 1}`,
        data: { ptText: source.ptText, autoFilledFrom: source.id },
        ...(sameFlags(found[k]!, row.flags) ? {} : { flags: found[k]! }),
      };
      fills.push({ pair: row, update });
    });
  }
  return fills;
}

/** The filled pairs as the client gets them: those written (a repetition changed meanwhile is left alone). */
export function filledPairs(fills: readonly { pair: PairRow; update: PairUpdate }[], written: readonly ({ version: number; flags?: FlagRow[] } | null)[], who: Author, now: Date): Pair[] {
  return fills.flatMap(({ pair, update }, k) => {
    const result = written[k];
    return result ? [toPair(afterUpdate(pair, update, who, now, result))] : [];
  });
}
