// Storing an imported document: all or nothing, never blocking the server for long.
//
// PostgreSQL: one transaction (readers and other writers go on beside it; the job runs in a
// worker process). SQLite has one writer at a time, and the embedded server's one connection
// runs one transaction at a time: a 5 MB import written in one transaction held every edit and
// read behind it for seconds. There, a job's import is written in short steps, each its own
// transaction, and the document stays hidden (hidden-documents.ts) until the last step marks
// its job done; a failure removes what was written, and a crash leaves a hidden remainder that
// the job's next run removes before writing again (run-job.ts).
import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";
import type { AppContext } from "../../app-context.ts";
import type { Tx } from "../../db/index.ts";
import type { Sql, SqlValue } from "../../db/sql.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { ImportOptions, PairRange } from "./import-document.ts";

/**
 * Pairs per step, at first and at most. A pair is about three rows (itself, its import edit, its
 * flags); 100 pairs took a few milliseconds to write on an idle machine.
 */
const PAIRS_PER_STEP = 100;
const MIN_PAIRS_PER_STEP = 10;
/**
 * How long a step may hold the server's thread (SQLite runs on it): a request arriving meanwhile
 * waits that long. On a busy machine the same 100 pairs took 20–70 ms, which was the import's
 * share of the p99 of reads and edits beside it; steps shrink until they fit, and grow back.
 */
const STEP_MS = 6;
/** A step that overran is followed by a pause as long, at most this: the import then takes at most half the thread. */
const MAX_PAUSE_MS = 25;
/** Progress is reported every so many pairs (each report is a write too). */
const PAIRS_PER_REPORT = 800;

export type WriteRange = (sql: Sql, range: PairRange) => Promise<void>;

export async function storeDocument(
  ctx: AppContext,
  document: Prisma.DocumentUncheckedCreateInput & { id: string },
  pairCount: number,
  write: WriteRange,
  options: Pick<ImportOptions, "alsoInTransaction" | "inSteps" | "onWritten"> & { flags: PairRange["flags"] },
): Promise<void> {
  const all: PairRange = { from: 0, to: pairCount, flags: options.flags };
  if (!(options.inSteps && ctx.db.engine === "sqlite" && options.alsoInTransaction)) {
    await ctx.prisma.$transaction(async (tx) => {
      await tx.document.create({ data: document });
      await write(ctx.db.sqlIn(tx), all);
      await options.alsoInTransaction?.(tx, document.id);
    }, { maxWait: 10_000, timeout: 120_000 });
    return;
  }
  const done = options.alsoInTransaction;
  try {
    // Plain SQL: through Prisma's query compiler, the 10 MB of source texts cost the server's thread a noticeable pause.
    const columns = Object.keys(document) as (keyof typeof document & string)[];
    await ctx.sql.execute(`INSERT INTO "Document" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`, columns.map((c) => document[c] as SqlValue));
    let size = PAIRS_PER_STEP;
    for (let from = 0, reportAt = PAIRS_PER_REPORT; from < pairCount;) {
      const to = Math.min(pairCount, from + size);
      const started = performance.now();
      await ctx.sql.transaction((sql) => write(sql, { ...all, from, to }));
      const took = performance.now() - started;
      size = Math.max(MIN_PAIRS_PER_STEP, Math.min(PAIRS_PER_STEP, Math.round(took > STEP_MS ? size / 2 : took < STEP_MS / 2 ? size * 1.5 : size)));
      from = to;
      if (from >= reportAt && from < pairCount) {
        await options.onWritten?.(from / pairCount);
        reportAt = from + PAIRS_PER_REPORT;
      }
      // Requests that arrived during the step run before the next one; after a step that
      // overran (the machine is busy), they get as long again.
      if (took > STEP_MS) await sleep(Math.min(took, MAX_PAUSE_MS));
      else await nextTurn();
    }
    await ctx.prisma.$transaction((tx: Tx) => done(tx, document.id));
  } catch (err) {
    await removeDocumentInSteps(ctx, document.id).catch((cleanup) => ctx.log?.(cleanup, `removing the unfinished import ${document.id}`));
    throw err;
  }
}

/**
 * Deletes a document and everything under it a few hundred pairs at a time (their edits, flags
 * and comments go with them: ON DELETE CASCADE), for the same reason it was written in steps.
 */
export async function removeDocumentInSteps(ctx: AppContext, documentId: string): Promise<void> {
  while ((await ctx.sql.execute(`DELETE FROM "Pair" WHERE "id" IN (SELECT "id" FROM "Pair" WHERE "documentId" = ? LIMIT ${PAIRS_PER_STEP})`, [documentId])) > 0) {
    await nextTurn();
  }
  await ctx.sql.execute(`DELETE FROM "Document" WHERE "id" = ?`, [documentId]);
}
