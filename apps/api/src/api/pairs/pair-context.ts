import type { CheckOptions } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { NotFound } from "../../common/errors.ts";
import { asBool, asNullableString, asString, type Row, type Sql, type SqlValue } from "../../db/sql.ts";
import type { PairRow } from "./pair-dto.ts";
import { checkOptionsFor, withDocument } from "../settings/check-options.ts";
import { pairFromRows, queryPair, queryPairsWhere, replaceFlags, rowsByPair, type PairExtra } from "./pair-writer.ts";
import { oneSided, recheck, sameFlags, type PairText } from "./recheck.ts";

/** What the checks need around one pair: the glossary, the neighbours (Portuguese and English), whether there is English. */
export interface PairContext {
  options: CheckOptions;
  around: (ptText: string, enText?: string) => PairText;
}

/** The nearest live pair's `column` before (`<`) or after (`>`) the pair `p`, skipping pairs where it is empty. */
const nearest = (column: "ptText" | "enText" | "gapBefore", before: boolean, nonEmpty: "ptText" | "enText" = column === "gapBefore" ? "ptText" : column): string =>
  `(SELECT q."${column}" FROM "Pair" q WHERE q."documentId" = p."documentId" AND q."removed" = ? AND q."index" ${before ? "<" : ">"} p."index" AND q."${nonEmpty}" <> '' ORDER BY q."index"${before ? " DESC" : ""} LIMIT 1)`;

/**
 * The live pair right before (after) `p`, whatever its text, as two columns: its Portuguese and its English (for
 * `oneSided`: whether that pair is one-sided, as checkInputs tells the checks at import).
 */
const adjacent = (before: boolean, side: "pt" | "en", as: string): string =>
  `(SELECT q."${side}Text" FROM "Pair" q WHERE q."documentId" = p."documentId" AND q."removed" = ? AND q."index" ${before ? "<" : ">"} p."index" ORDER BY q."index"${before ? " DESC" : ""} LIMIT 1) AS "${as}"`;

/** The document's columns the checks need, read with the pair. */
const DOCUMENT_COLUMNS = `d."variant" AS "ctx_variant", d."hasEnglish" AS "ctx_hasEnglish", d."checkContext" AS "ctx_checkContext"`;

/**
 * The document's variant, English and check context, the neighbours' Portuguese and
 * English, and the gap after the pair (the next Portuguese pair's gap before), read with the pair itself. The neighbours are the nearest pairs with Portuguese (with
 * English), as the whole-document pass gives them (checkInputs): an English-only pair between
 * two sentences is not a Portuguese neighbour, but it is the English one.
 *
 * On SQLite, a subquery per column (each a look-up in its own file, in process).
 */
const AROUND_SQLITE: PairExtra = {
  columns: `${DOCUMENT_COLUMNS},
    ${nearest("ptText", true)} AS "ctx_prevPt", ${nearest("ptText", false)} AS "ctx_nextPt",
    ${nearest("enText", true)} AS "ctx_prevEn", ${nearest("enText", false)} AS "ctx_nextEn",
    ${nearest("gapBefore", false)} AS "ctx_gapAfter",
    ${adjacent(true, "pt", "ctx_prevPtAlone")}, ${adjacent(true, "en", "ctx_prevEnAlone")}, ${adjacent(false, "pt", "ctx_nextPtAlone")}, ${adjacent(false, "en", "ctx_nextEnAlone")}`,
  join: `JOIN "Document" d ON d."id" = p."documentId"`,
  args: [false, false, false, false, false, false, false, false, false],
};

/**
 * The same columns on PostgreSQL, from the two pairs right beside `p` (one index look-up each, LATERAL): the nearest
 * pair with Portuguese (English) is nearly always the adjacent one, and only where the adjacent pair lacks that side is
 * it looked for further (CASE runs its ELSE only then). Nine subqueries per pair made the auto-fill's read of a
 * speaker's 24 repetitions the backends' costliest statement under the 50-reviewer load.
 */
const AROUND_POSTGRES: PairExtra = {
  columns: `${DOCUMENT_COLUMNS},
    pa."ptText" AS "ctx_prevPtAlone", pa."enText" AS "ctx_prevEnAlone", na."ptText" AS "ctx_nextPtAlone", na."enText" AS "ctx_nextEnAlone",
    CASE WHEN pa."ptText" <> '' THEN pa."ptText" ELSE ${nearest("ptText", true)} END AS "ctx_prevPt",
    CASE WHEN na."ptText" <> '' THEN na."ptText" ELSE ${nearest("ptText", false)} END AS "ctx_nextPt",
    CASE WHEN pa."enText" <> '' THEN pa."enText" ELSE ${nearest("enText", true)} END AS "ctx_prevEn",
    CASE WHEN na."enText" <> '' THEN na."enText" ELSE ${nearest("enText", false)} END AS "ctx_nextEn",
    CASE WHEN na."ptText" <> '' THEN na."gapBefore" ELSE ${nearest("gapBefore", false)} END AS "ctx_gapAfter"`,
  join: `JOIN "Document" d ON d."id" = p."documentId"
    LEFT JOIN LATERAL (SELECT q."ptText", q."enText" FROM "Pair" q WHERE q."documentId" = p."documentId" AND q."removed" = ? AND q."index" < p."index" ORDER BY q."index" DESC LIMIT 1) pa ON TRUE
    LEFT JOIN LATERAL (SELECT q."ptText", q."enText", q."gapBefore" FROM "Pair" q WHERE q."documentId" = p."documentId" AND q."removed" = ? AND q."index" > p."index" ORDER BY q."index" LIMIT 1) na ON TRUE`,
  args: [false, false, false, false, false, false, false],
};

/** The AROUND columns for the engine `sql` runs on. */
export const around = (sql: Sql): PairExtra => (sql.engine === "postgres" ? AROUND_POSTGRES : AROUND_SQLITE);

async function contextOf(ctx: AppContext, row: PairRow, found: Row): Promise<PairContext> {
  const options = withDocument(await checkOptionsFor(ctx, asNullableString(found["ctx_variant"])), asNullableString(found["ctx_checkContext"]));
  return { options, around: aroundOf(row, found) };
}

/** The pair's text with its neighbours as the AROUND columns of `found` give them (no query). */
function aroundOf(row: PairRow, found: Row): PairContext["around"] {
  const prevPt = asNullableString(found["ctx_prevPt"]);
  const nextPt = asNullableString(found["ctx_nextPt"]);
  const prevEn = asNullableString(found["ctx_prevEn"]);
  const nextEn = asNullableString(found["ctx_nextEn"]);
  // What follows the pair in the file, as the whole-document pass knows it (the next Portuguese pair's gap).
  const gapAfter = asNullableString(found["ctx_gapAfter"]);
  const hasEnglish = asBool(found["ctx_hasEnglish"]);
  const adjacentPair = (pt: unknown, en: unknown) => (pt == null && en == null ? undefined : { ptText: asNullableString(pt) ?? "", enText: asNullableString(en) ?? "" });
  const prevOneSided = oneSided(adjacentPair(found["ctx_prevPtAlone"], found["ctx_prevEnAlone"]));
  const nextOneSided = oneSided(adjacentPair(found["ctx_nextPtAlone"], found["ctx_nextEnAlone"]));
  return (ptText, enText = row.enText) => ({
      ptText, enText, hasEnglish, gapBefore: row.gapBefore, gapAfter, prevOneSided, nextOneSided,
      ...(prevPt !== null ? { prevPt } : {}),
      ...(nextPt !== null ? { nextPt } : {}),
      ...(prevEn !== null ? { prevEn } : {}),
      ...(nextEn !== null ? { nextEn } : {}),
    });
}

/**
 * Checks again the live pairs at `indexes` (those beside a merge, split or move) with their new neighbours, inside the
 * caller's transaction and with its check options, and stores their flags where they changed (no edit, no new version:
 * what a re-check of the whole document would do). A pair's flags read its neighbours (a lone side beside it, the English
 * next to it), and the pairs beside a restructured run would otherwise keep what the old neighbours made of them.
 */
export async function recheckBeside(sql: Sql, documentId: string, indexes: readonly number[], options: CheckOptions): Promise<void> {
  for (const index of indexes) {
    if (index < 0) continue;
    const [hit] = await sql.query(`SELECT "id" FROM "Pair" WHERE "documentId" = ? AND "removed" = ? AND "index" = ?`, [documentId, false, index]);
    if (!hit) continue;
    const rows = await queryPair(sql, asString(hit["id"]), around(sql));
    const row = pairFromRows(rows);
    if (!row) continue;
    const flags = recheck(aroundOf(row, rows[0]!)(row.ptText), options, row.flags);
    if (!sameFlags(flags, row.flags)) await replaceFlags(sql, row, flags);
  }
}

/**
 * A live pair and what the checks need around it, in one statement: every save reads both, and
 * on the single SQLite connection each statement costs more in the driver (prepare, column
 * metadata) than in SQLite itself.
 */
export async function livePairInContext(ctx: AppContext, id: string): Promise<{ row: PairRow; context: PairContext }> {
  const rows = await queryPair(ctx.sql, id, around(ctx.sql));
  const row = pairFromRows(rows);
  if (!row || row.removed) throw new NotFound("pair", id);
  ctx.warmUp?.touched(row.documentId, row.index);
  return { row, context: await contextOf(ctx, row, rows[0]!) };
}

/**
 * livePairInContext for the live pairs `where` picks (`p` is the pair), in one statement:
 * auto-fill reads every repetition it fills.
 */
export async function livePairsInContext(ctx: AppContext, where: { sql: string; args: SqlValue[] }): Promise<{ row: PairRow; context: PairContext }[]> {
  const found: { row: PairRow; context: PairContext }[] = [];
  for (const rows of rowsByPair(await queryPairsWhere(ctx.sql, { sql: `p."removed" = ? AND (${where.sql})`, args: [false, ...where.args] }, around(ctx.sql)))) {
    const row = pairFromRows(rows)!;
    found.push({ row, context: await contextOf(ctx, row, rows[0]!) });
  }
  return found;
}
