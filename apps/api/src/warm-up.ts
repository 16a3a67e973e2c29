import { alignDocument } from "@alinha/aligner";
import { getDocument, listDocuments } from "@alinha/corpus";
import type { AppContext } from "./app-context.ts";
import { around, livePairInContext } from "./api/pairs/pair-context.ts";
import { livePairWithRepetitions, repetitionFills } from "./api/pairs/auto-fill.ts";
import { toPair } from "./api/pairs/pair-dto.ts";
import { recheck, sameFlags } from "./api/pairs/recheck.ts";
import { sharedSpellers } from "./api/terms/term-cache.ts";
import { pairFromRows, queryPair, writePairChanges } from "./api/pairs/pair-writer.ts";
import { HIDDEN_DOCUMENT_IDS } from "./api/documents/hidden-documents.ts";
import { asString, type Sql, type SqlDb } from "./db/sql.ts";

/** Pairs of the database read, checked and answered as a save reads them (reads only). */
const PAIRS_READ_AT_START = 150;

/**
 * Loads the spelling dictionaries and aligns and checks the smallest built-in document once,
 * before the server takes requests. The first alignment in a fresh process runs unoptimised
 * code and loads the checks' word lists, and building the two Hunspell spellers takes about
 * 0.4 s: left to the first import, they made it twice as slow as later ones. (Checking pairs one
 * at a time here as well, as saves do, was tried: the first saves of another document cost the
 * same after it, since what they pay for is that document's words, not unoptimised code.)
 */
export function warmUp(): void {
  const spellers = sharedSpellers();
  const [smallest] = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => a.pt.length - b.pt.length);
  if (smallest) alignDocument(smallest.pt, smallest.en || undefined, { speakers: smallest.meta.speakers, check: { variant: "pt-BR", terms: [], spellers } });
}

/**
 * Opens every connection of the pool at once and runs on each the statements every request of a
 * review session makes, then reads, checks and answers (without writing) some pairs as saves and
 * approvals do. On PostgreSQL each new connection is a new server process with cold caches that
 * prepares each statement again (pg-sql.ts): left to the first requests, the load's first seconds
 * waited for ten of them per API process at once. The session lookup warms Prisma's query
 * compiler, which prepares each query shape on first use.
 */
export async function warmUpDatabase(ctx: AppContext): Promise<void> {
  const { prisma, sql } = ctx.db;
  await prisma.session.findUnique({ where: { id: "" }, include: { user: true } });
  await Promise.all(Array.from({ length: sql.connections ?? 1 }, () => sql.transaction(async (tx) => {
    // A statement is prepared from its second run on (pg-sql.ts): twice each.
    for (let run = 0; run < 2; run++) await hotStatements(ctx, tx);
  })));
  // The documents worked on last first: reviewers arriving after a restart go back to them, and a
  // document's first saves in a process pay for its words (the checks' spelling memos), which
  // these reads pay for instead. (Each document's latest edit is read through the Edit index on
  // documentId, createdAt: a lookup per document, not a scan of the history.)
  const ids = (await sql.query(
    `SELECT p."id" FROM "Pair" p JOIN (SELECT d."id", (SELECT MAX(e."createdAt") FROM "Edit" e WHERE e."documentId" = d."id") AS "lastEdit" FROM "Document" d) r ON r."id" = p."documentId"
     WHERE p."removed" = ? AND p."ptText" <> '' AND p."documentId" NOT IN (${HIDDEN_DOCUMENT_IDS}) ORDER BY r."lastEdit" IS NULL, r."lastEdit" DESC, p."documentId", p."index" LIMIT ?`,
    [false, PAIRS_READ_AT_START],
  )).map((r) => asString(r["id"]));
  for (const [k, id] of ids.entries()) {
    const { row, context } = await livePairInContext(ctx, id);
    sameFlags(recheck(context.around(`${row.ptText} ·`), context.options, row.flags), row.flags);
    JSON.stringify({ pair: toPair(row) });
    if (k % 3 === 0) {
      const { row: source, repetitions } = await livePairWithRepetitions(ctx, id);
      await repetitionFills(source, repetitions);
    }
  }
}

/** Plain SQL on one open transaction's connection, for code that takes a whole database. */
function onConnection(tx: Sql): SqlDb {
  return { engine: tx.engine, query: (q, args) => tx.query(q, args), execute: (q, args) => tx.execute(q, args), transaction: (fn) => fn(tx) };
}

/** The reads and (matching nothing, so writing nothing) the writes of a save and an approval, on one connection. */
async function hotStatements(ctx: AppContext, tx: Sql): Promise<void> {
  const db = onConnection(tx);
  pairFromRows(await queryPair(tx, ""));
  pairFromRows(await queryPair(tx, "", around(tx)));
  await tx.query(`SELECT "id", "version" FROM "Pair" WHERE "id" = ?`, [""]);
  await livePairWithRepetitions({ ...ctx, sql: db }, "").catch(() => undefined);
  if (db.engine !== "postgres") return;
  // On PostgreSQL a save is one statement (pair-writer.ts); for a pair that does not exist it changes nothing.
  const nobody = { id: "", displayName: "" };
  const pair = { id: "", documentId: "", version: 0, ptText: "" };
  const now = new Date();
  await writePairChanges(db, [{ pair, update: { action: "edit", status: "edited", note: null, data: { ptText: "" } } }], nobody, now);
  await writePairChanges(db, [{ pair, update: { action: "approve", status: "approved", note: "" }, comment: { id: "", pairId: "", authorId: null, authorName: "", body: "", createdAt: now } }], nobody, now);
  await writePairChanges(db, [{ pair, update: { action: "approve", status: "approved", note: null } }], nobody, now);
  await writePairChanges(db, [{ pair, update: { action: "auto-fill", status: "edited", note: "", data: { ptText: "", autoFilledFrom: "" } } }], nobody, now);
}
