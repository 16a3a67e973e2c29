// Every change to a pair and its Edit row are written in one transaction, and the version read
// by the client is checked inside it (a conditional update), so two concurrent writers can
// never both succeed from the same version: the second gets 409, nothing is silently lost.
//
// This is the hot path of review (every save and approval), so it is plain parameterised SQL
// through db/sql.ts (see there for the measurements). Quoted identifiers and bound parameters
// only, so it stays portable to PostgreSQL.
import type { EditAction, PairStatus } from "../../contract/index.ts";
import { bulkInsert, newId } from "../../db/bulk-insert.ts";
import { englishKey } from "./english-key.ts";
import { columnType, insertFrom } from "../../db/insert-if-written.ts";
import { asBool, asDate, asNullableString, asNumber, asString, type Row, type Sql, type SqlDb, type SqlValue } from "../../db/sql.ts";
import { NotFound, VersionConflict } from "../../common/errors.ts";
import { toPair, type FlagRow, type PairRow } from "./pair-dto.ts";
import type { NewFlag } from "./recheck.ts";
import { pairWritten } from "./pair-events.ts";

export interface Author {
  id: string;
  displayName: string;
}

/** The pair as the writer needs it: what it changes from. */
export interface PairBase {
  id: string;
  documentId: string;
  version: number;
  ptText: string;
}

/** The columns a review action may change, besides status and version. */
export interface PairFields {
  ptText?: string;
  enText?: string;
  ptOriginal?: string;
  type?: string;
  ptRanges?: string;
  enRanges?: string;
  confidence?: number;
  removed?: boolean;
  index?: number;
  gapBefore?: string | null;
  autoFilledFrom?: string | null;
}

export interface PairUpdate {
  action: EditAction;
  status: PairStatus;
  note?: string | null;
  /** Replaces the pair's flags when present (the text changed and the checks ran again). */
  flags?: NewFlag[];
  data?: PairFields;
}

/** Thrown inside a transaction when the conditional update matched nothing; rolls it back. */
export class StaleVersion extends Error {
  constructor(readonly pairId: string) {
    super(`pair ${pairId} is not at the version read`);
  }
}

/** The Pair columns a change sets (the new version among them). */
function changedFields(pair: PairBase, update: PairUpdate, author: Author, now: Date): [string, SqlValue][] {
  return [
    ...(Object.entries(withMarker(update)).filter(([, v]) => v !== undefined) as [string, SqlValue][]),
    ["status", update.status], ["version", pair.version + 1], ["updatedAt", now], ["updatedBy", author.displayName],
  ];
}

function editRow(pair: PairBase, update: PairUpdate, author: Author, now: Date) {
  return {
    id: newId(), pairId: pair.id, documentId: pair.documentId, version: pair.version + 1, action: update.action,
    before: pair.ptText, after: update.data?.ptText ?? pair.ptText, status: update.status,
    authorId: author.id || null, authorName: author.displayName, note: update.note ?? null, createdAt: now,
  };
}

function flagRows(pair: { id: string; documentId: string }, flags: NewFlag[]): FlagRow[] {
  return flags.map((f) => ({ id: newId(), pairId: pair.id, documentId: pair.documentId, ...f }));
}

/** Writes the change and its Edit; returns the new version and, when replaced, the stored flags. */
export async function writePairChange(sql: Sql, pair: PairBase, update: PairUpdate, author: Author, now: Date): Promise<{ version: number; flags?: FlagRow[] }> {
  const fields = changedFields(pair, update, author, now);
  const count = await sql.execute(
    `UPDATE "Pair" SET ${fields.map(([k]) => `"${k}" = ?`).join(", ")} WHERE "id" = ? AND "version" = ? AND "removed" = ?`,
    [...fields.map(([, v]) => v), pair.id, pair.version, false],
  );
  if (count === 0) throw new StaleVersion(pair.id);
  pairWritten(pair.id);
  await bulkInsert(sql, "Edit", [editRow(pair, update, author, now)]);
  return update.flags ? { version: pair.version + 1, flags: await replaceFlags(sql, pair, update.flags) } : { version: pair.version + 1 };
}

/** A comment written with a change (an approval's or a rejection's). */
export interface CommentRow {
  id: string;
  pairId: string;
  authorId: string | null;
  authorName: string;
  body: string;
  createdAt: Date;
}

/**
 * Changes per PostgreSQL statement: a change binds about 30 parameters and a few per flag, far
 * below the protocol's 65,535 at this size.
 */
const CHANGES_PER_STATEMENT = 50;

/** The columns of an Edit row (editRow) and a comment, in the order their values are bound. */
const EDIT_COLUMNS = ["id", "pairId", "documentId", "version", "action", "before", "after", "status", "authorId", "authorName", "note", "createdAt"] as const;
const COMMENT_COLUMNS = ["id", "pairId", "authorId", "authorName", "body", "createdAt"] as const;

/** writePairChanges' statement texts by shape; a few dozen shapes occur (flag counts, actions). */
const writeTexts = new Map<string, string>();
const MAX_WRITE_TEXTS = 500;

/**
 * The text of writePairChanges' one statement for these changes: per change, the conditional
 * UPDATE, and its Edit, flags and comment inserted only if it matched (insertFrom); its parameters
 * in the order writePairChanges binds them.
 */
function writeText(changes: readonly PairChange[], fieldsOf: readonly (readonly [string, SqlValue][])[], author: Author, now: Date): string {
  const parts: string[] = [];
  changes.forEach(({ pair, update, comment }, k) => {
    const written = `written${k}`;
    const fields = fieldsOf[k]!;
    parts.push(`"${written}" AS (UPDATE "Pair" SET ${fields.map(([c]) => `"${c}" = ?`).join(", ")} WHERE "id" = ? AND "version" = ? AND "removed" = ? RETURNING "id")`);
    const edit = editRow(pair, update, author, now);
    parts.push(`"edit${k}" AS (${insertFrom("Edit", written, [Object.fromEntries(EDIT_COLUMNS.map((c) => [c, edit[c]]))]).sql})`);
    const flags = update.flags ? flagRows(pair, update.flags) : undefined;
    if (flags) {
      // One snapshot for the whole statement: the DELETE never sees the rows inserted beside it.
      parts.push(`"dropped${k}" AS (DELETE FROM "Flag" WHERE "pairId" IN (SELECT "id" FROM "${written}"))`);
      if (flags.length > 0) parts.push(`"flags${k}" AS (${insertFrom("Flag", written, flags as unknown as Record<string, SqlValue>[]).sql})`);
    }
    if (comment) parts.push(`"comment${k}" AS (${insertFrom("Comment", written, [Object.fromEntries(COMMENT_COLUMNS.map((c) => [c, comment[c]]))]).sql})`);
  });
  return `WITH ${parts.join(", ")} SELECT ${changes.map((_, k) => `(SELECT COUNT(*) FROM "written${k}") AS "n${k}"`).join(", ")}`;
}

/** One change of writePairChanges. */
export interface PairChange {
  pair: PairBase;
  update: PairUpdate;
  /** Written with the change (an approval's or a rejection's comment). */
  comment?: CommentRow;
}

/**
 * Changes to different pairs, each on its own: each is what writePairChange does in a transaction
 * of its own, and is written only if its pair is still at the version read (null in the result
 * where it was not: a stale or removed pair). On PostgreSQL all of them are one statement, a single
 * round trip (db/insert-if-written.ts): per change, the conditional UPDATE, and its Edit, flags and
 * comment inserted only if it matched. Auto-fill writes tens of repetitions at once; one by one,
 * each round trip waited for a busy machine to wake PostgreSQL and then this process again. SQLite
 * runs in this process, where a statement costs no round trip: a transaction per change, as ever.
 */
export async function writePairChanges(db: SqlDb, changes: readonly PairChange[], author: Author, now: Date): Promise<({ version: number; flags?: FlagRow[] } | null)[]> {
  if (db.engine !== "postgres") {
    const results: ({ version: number; flags?: FlagRow[] } | null)[] = [];
    for (const { pair, update, comment } of changes) {
      try {
        results.push(await db.transaction(async (sql) => {
          const written = await writePairChange(sql, pair, update, author, now);
          if (comment) await bulkInsert(sql, "Comment", [comment]);
          return written;
        }));
      } catch (err) {
        if (!(err instanceof StaleVersion)) throw err;
        results.push(null);
      }
    }
    return results;
  }
  if (changes.length > CHANGES_PER_STATEMENT) {
    const results: ({ version: number; flags?: FlagRow[] } | null)[] = [];
    for (let from = 0; from < changes.length; from += CHANGES_PER_STATEMENT) {
      results.push(...await writePairChanges(db, changes.slice(from, from + CHANGES_PER_STATEMENT), author, now));
    }
    return results;
  }
  if (changes.length === 0) return [];
  // Each change's columns and values, worked out once: the shape, the uniform test and the
  // values bound all read them (auto-fill writes tens at a time).
  const fieldsOf = changes.map(({ pair, update }) => changedFields(pair, update, author, now));
  if (changes.length > 1 && fieldsOf.every((fields) => sameColumns(fields, fieldsOf[0]!))) return writeUniformChanges(db, changes, fieldsOf, author, now);
  // The statement's text depends only on its shape (the columns each change sets, its flags'
  // count and columns, whether a comment goes with it), so it is built once per shape and kept:
  // the same string object every time, whose hash the prepared-statement lookup (pg-sql.ts) has
  // already worked out. Built anew for every save, this text and its lookup were a tenth of what
  // writing a save cost the API process under the paced load.
  const args: SqlValue[] = [];
  const shape: string[] = [];
  const flagsOf = changes.map(({ pair, update, comment }, k) => {
    const fields = fieldsOf[k]!;
    for (const [, v] of fields) args.push(v);
    args.push(pair.id, pair.version, false);
    const edit = editRow(pair, update, author, now);
    for (const c of EDIT_COLUMNS) args.push(edit[c]);
    const flags = update.flags ? flagRows(pair, update.flags) : undefined;
    const flagColumns = flags?.[0] ? Object.keys(flags[0]) as (keyof FlagRow)[] : [];
    if (flags) for (const f of flags) for (const c of flagColumns) args.push(f[c] ?? null);
    if (comment) for (const c of COMMENT_COLUMNS) args.push(comment[c]);
    shape.push(`${fields.map(([c]) => c).join(",")}/${flags ? `${flags.length}:${flagColumns.join(",")}` : "-"}/${comment ? "c" : "-"}`);
    return flags;
  });
  const key = shape.join(";");
  let text = writeTexts.get(key);
  if (text === undefined) {
    text = writeText(changes, fieldsOf, author, now);
    if (writeTexts.size >= MAX_WRITE_TEXTS) writeTexts.clear();
    writeTexts.set(key, text);
  }
  const [row] = await db.query(text, args);
  return changes.map(({ pair }, k) => {
    if (asNumber(row?.[`n${k}`]) === 0) return null;
    pairWritten(pair.id);
    const flags = flagsOf[k];
    return flags ? { version: pair.version + 1, flags } : { version: pair.version + 1 };
  });
}

/** Whether two changes set the same Pair columns, in the same order. */
function sameColumns(a: readonly [string, SqlValue][], b: readonly [string, SqlValue][]): boolean {
  return a.length === b.length && a.every(([c], i) => c === b[i]![0]);
}

/** uniformText's statement texts by the Pair columns the changes set. */
const uniformTexts = new Map<string, string>();

/** The columns of writeUniformChanges' rows that are not a table's: the version read, whether the flags are replaced. */
const CHANGE_TYPES: Record<string, string> = { readVersion: "integer", replacesFlags: "boolean" };

/** A column's type in writeUniformChanges' rows (f_ and e_: the Pair's and the Edit's). */
function changeColumnType(column: string): string {
  return CHANGE_TYPES[column] ?? columnType(column.replace(/^[fe]_/, ""));
}

/** The columns of writeUniformChanges' change rows, in the order uniformValues gives their values. */
function changeColumns(columns: readonly string[]): string[] {
  return ["pairId", "readVersion", "replacesFlags", ...columns.map((c) => `f_${c}`), ...EDIT_COLUMNS.map((c) => `e_${c}`)];
}

/**
 * Rows of `columns` sent as two JSON parameters, the values every row shares (`s`, one object) and
 * the rest (`x`, an object per row), read back whole as `alias` (each column COALESCE(x, s): a
 * column is in one of the two, NULL in the other, and a NULL of either is NULL in both).
 */
function sharedRecordset(alias: string, columns: readonly string[]): string {
  const typed = columns.map((c) => `"${c}" ${changeColumnType(c)}`).join(", ");
  return `(SELECT ${columns.map((c) => `COALESCE(x."${c}", s."${c}") AS "${c}"`).join(", ")} FROM json_to_recordset(?::json) AS x(${typed}) CROSS JOIN json_to_record(?::json) AS s(${typed})) AS ${alias}`;
}

/**
 * sharedRecordset's two parameters for these rows (values by column position): a value the same
 * in every row is sent once. Auto-fill's repetitions all get the same Portuguese, which a change
 * row held twice (the Pair's new text and its Edit's `after`), with the same date, author, status
 * and note: sent once per row, they were most of the statement's JSON, built by this process and
 * parsed again by PostgreSQL.
 */
function sharedJson(columns: readonly string[], rows: readonly (readonly unknown[])[]): [string, string] {
  const first = rows[0] ?? [];
  const shared: Record<string, unknown> = {};
  const own: number[] = [];
  columns.forEach((c, i) => {
    if (rows.every((r) => sameValue(r[i], first[i]))) shared[c] = first[i];
    else own.push(i);
  });
  const objects = rows.map((r) => {
    const o: Record<string, unknown> = {};
    for (const i of own) o[columns[i]!] = r[i];
    return o;
  });
  return [JSON.stringify(objects), JSON.stringify(shared)];
}

/** Equal as JSON would send them (a Date by its instant). */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());
}

/**
 * writeUniformChanges' statement for changes that set these Pair columns: its text depends on
 * nothing else (neither how many changes nor their flags' count, nor which values they share),
 * so it is prepared once per connection and planned like any other kept statement.
 */
function uniformText(columns: readonly string[]): string {
  const key = columns.join(",");
  let text = uniformTexts.get(key);
  if (text === undefined) {
    text = `WITH "c" AS (SELECT * FROM ${sharedRecordset("x", changeColumns(columns))}),
      "written" AS (UPDATE "Pair" p SET ${columns.map((c) => `"${c}" = c."f_${c}"`).join(", ")} FROM "c" WHERE p."id" = c."pairId" AND p."version" = c."readVersion" AND p."removed" = ? RETURNING p."id"),
      "edits" AS (INSERT INTO "Edit" (${EDIT_COLUMNS.map((c) => `"${c}"`).join(", ")}) SELECT ${EDIT_COLUMNS.map((c) => `c."e_${c}"`).join(", ")} FROM "c" JOIN "written" w ON w."id" = c."pairId"),
      "dropped" AS (DELETE FROM "Flag" f USING "c", "written" w WHERE w."id" = c."pairId" AND c."replacesFlags" AND f."pairId" = c."pairId"),
      "flags" AS (INSERT INTO "Flag" (${FLAG_COLUMNS.map((c) => `"${c}"`).join(", ")}) SELECT ${FLAG_COLUMNS.map((c) => `x."${c}"`).join(", ")} FROM ${sharedRecordset("x", FLAG_COLUMNS)} JOIN "written" w ON w."id" = x."pairId"),
      "comments" AS (INSERT INTO "Comment" (${COMMENT_COLUMNS.map((c) => `"${c}"`).join(", ")}) SELECT ${COMMENT_COLUMNS.map((c) => `x."${c}"`).join(", ")} FROM ${sharedRecordset("x", COMMENT_COLUMNS)} JOIN "written" w ON w."id" = x."pairId")
      SELECT "id" FROM "written"`;
    uniformTexts.set(key, text);
  }
  return text;
}

/**
 * writePairChanges for changes that all set the same Pair columns (auto-fill's repetitions):
 * the same conditional UPDATE, Edit, flags and comment per change, in one statement, with the
 * values as JSON rows (sharedJson: a value every row shares goes once). writePairChanges' own
 * statement has parts per change and per flag, so its text grew with them: a speaker's name
 * filled into its 24 repetitions made a statement too long to keep prepared (pg-sql.ts), and
 * PostgreSQL planned it anew each time — under the 50-reviewer load, ~15 ms of planning and
 * ~9 ms of running per such approval, the largest share of the backends' time. (Dates go as ISO
 * text in UTC; the columns are timestamps without a zone, which take the same instant the driver binds.)
 */
async function writeUniformChanges(db: SqlDb, changes: readonly PairChange[], fieldsOf: readonly (readonly [string, SqlValue][])[], author: Author, now: Date): Promise<({ version: number; flags?: FlagRow[] } | null)[]> {
  const columns = fieldsOf[0]!.map(([c]) => c);
  const rows: unknown[][] = [];
  const flags: unknown[][] = [];
  const comments: unknown[][] = [];
  const flagsOf = changes.map(({ pair, update, comment }, k) => {
    const row: unknown[] = [pair.id, pair.version, update.flags !== undefined];
    for (const [, v] of fieldsOf[k]!) row.push(v);
    const edit = editRow(pair, update, author, now);
    for (const c of EDIT_COLUMNS) row.push(edit[c]);
    rows.push(row);
    if (comment) comments.push(COMMENT_COLUMNS.map((c) => comment[c]));
    const stored = update.flags ? flagRows(pair, update.flags) : undefined;
    if (stored) for (const f of stored) flags.push(FLAG_COLUMNS.map((c) => f[c]));
    return stored;
  });
  const args = [...sharedJson(changeColumns(columns), rows), false, ...sharedJson(FLAG_COLUMNS, flags), ...sharedJson(COMMENT_COLUMNS, comments)];
  const written = new Set((await db.query(uniformText(columns), args)).map((r) => asString(r["id"])));
  return changes.map(({ pair }, k) => {
    if (!written.has(pair.id)) return null;
    pairWritten(pair.id);
    const stored = flagsOf[k];
    return stored ? { version: pair.version + 1, flags: stored } : { version: pair.version + 1 };
  });
}

/** One change to one pair, on its own (writePairChanges); a stale version is a 409 with the pair as stored now. */
export async function writePairChangeAlone(db: SqlDb, pair: PairBase, update: PairUpdate, author: Author, now: Date, comment?: CommentRow): Promise<{ version: number; flags?: FlagRow[] }> {
  const [written] = await writePairChanges(db, [{ pair, update, ...(comment ? { comment } : {}) }], author, now);
  if (!written) throw await conflictFor(db, pair.id);
  return written;
}

/**
 * The auto-fill marker says "a machine copied this, nobody has looked": any change a person makes
 * (other than dismissing a flag, which says nothing about the text) takes it away.
 */
function withMarker(update: PairUpdate): PairFields & { enHash?: string } {
  const data = withEnglishKey(update.data ?? {});
  if (data.autoFilledFrom !== undefined || update.action === "dismiss-flag") return data;
  return { ...data, autoFilledFrom: null };
}

/** The fields with the key of the English they write, if they write one (english-key.ts). */
function withEnglishKey(data: PairFields): PairFields & { enHash?: string } {
  return data.enText === undefined ? data : { ...data, enHash: englishKey(data.enText) };
}

/** Replaces a pair's flags; returns them as stored (with their new ids). */
export async function replaceFlags(sql: Sql, pair: { id: string; documentId: string }, flags: NewFlag[]): Promise<FlagRow[]> {
  await sql.execute(`DELETE FROM "Flag" WHERE "pairId" = ?`, [pair.id]);
  const rows = flagRows(pair, flags);
  await bulkInsert(sql, "Flag", rows);
  return rows;
}

/**
 * The pair as writePairChange left it, built from what was written: the response needs no
 * second read inside the single-writer database.
 */
export function afterUpdate(row: PairRow, update: PairUpdate, author: Author, now: Date, written: { version: number; flags?: FlagRow[] }): PairRow {
  const data = Object.fromEntries(Object.entries(withMarker(update)).filter(([, v]) => v !== undefined));
  return { ...row, ...data, status: update.status, version: written.version, updatedAt: now, updatedBy: author.displayName, flags: written.flags ?? row.flags };
}

const FLAG_COLUMNS = ["id", "pairId", "documentId", "code", "family", "severity", "start", "end", "text", "message", "suggestion", "confidence", "dismissed", "dismissedBy", "dismissReason", "dismissedAt"] as const;
const FLAG_SELECT = FLAG_COLUMNS.map((c) => `f."${c}" AS "flag_${c}"`).join(", ");

function toFlagRow(r: Row): FlagRow {
  return {
    id: asString(r["flag_id"]), pairId: asString(r["flag_pairId"]), documentId: asString(r["flag_documentId"]),
    code: asString(r["flag_code"]), family: asString(r["flag_family"]), severity: asString(r["flag_severity"]),
    start: asNumber(r["flag_start"]), end: asNumber(r["flag_end"]), text: asString(r["flag_text"]), message: asString(r["flag_message"]),
    suggestion: asNullableString(r["flag_suggestion"]), confidence: r["flag_confidence"] == null ? null : asNumber(r["flag_confidence"]),
    dismissed: asBool(r["flag_dismissed"]),
    dismissedBy: asNullableString(r["flag_dismissedBy"]), dismissReason: asNullableString(r["flag_dismissReason"]),
    dismissedAt: r["flag_dismissedAt"] == null ? null : asDate(r["flag_dismissedAt"]),
  };
}

/** More columns read with a pair in the same statement (`p` is the pair), e.g. its document's. */
export interface PairExtra {
  columns: string;
  join: string;
  args: SqlValue[];
}

/** The rows of a pair with its flags and comment count, in one statement (one row per flag). */
export function queryPair(sql: Sql, id: string, extra?: PairExtra): Promise<Row[]> {
  return queryPairs(sql, [id], extra);
}

/** queryPair for several pairs at once: their rows one pair after the other. */
export function queryPairs(sql: Sql, ids: readonly string[], extra?: PairExtra): Promise<Row[]> {
  if (ids.length === 1) return queryPairsWhere(sql, { sql: `p."id" = ?`, args: [ids[0]!] }, extra, false);
  return queryPairsWhere(sql, { sql: `p."id" IN (${ids.map(() => "?").join(", ")})`, args: [...ids] }, extra);
}

/** queryPairs for the pairs `where` picks (`p` is the pair). */
export function queryPairsWhere(sql: Sql, where: { sql: string; args: SqlValue[] }, extra?: PairExtra, several = true): Promise<Row[]> {
  return sql.query(pairQueryText(sql.engine, where.sql, extra, several), [...(extra?.args ?? []), ...where.args]);
}

/** queryPairsWhere's texts by `where` (each save reads its pair with the same one), per extra, engine and `several`. */
const pairQueryTexts = new WeakMap<PairExtra | typeof NO_EXTRA, Map<string, string>[]>();
const NO_EXTRA = {};
const MAX_PAIR_QUERY_TEXTS = 200;

/**
 * The same string object for the same query, as writePairChanges keeps its texts: built once, and
 * found again by the prepared-statement lookup (pg-sql.ts) without hashing a new copy of it.
 */
function pairQueryText(engine: Sql["engine"], where: string, extra: PairExtra | undefined, several: boolean): string {
  let kept = pairQueryTexts.get(extra ?? NO_EXTRA);
  if (!kept) pairQueryTexts.set(extra ?? NO_EXTRA, (kept = [new Map(), new Map(), new Map(), new Map()]));
  const texts = kept[(several ? 1 : 0) + (engine === "postgres" ? 2 : 0)]!;
  let text = texts.get(where);
  if (text === undefined) {
    const order = `ORDER BY ${several ? `p."documentId", p."index", p."id", ` : ""}f."start", f."end"`;
    const count = `(SELECT COUNT(*) FROM "Comment" c WHERE c."pairId" = p."id") AS "commentCount"`;
    const more = extra ? `, ${extra.columns}` : "";
    text = engine === "postgres"
      // The pairs with their extra columns first, fenced off (MATERIALIZED), then their flags: one
      // row per flag comes out, and in one flat statement PostgreSQL ran every per-pair subquery of
      // `extra` (the neighbours around a pair: pair-context.ts) once per flag row instead of once
      // per pair. SQLite keeps its flat statement: in process, its subqueries cost little, and
      // the fenced one measured no cheaper there.
      ? `WITH "p" AS MATERIALIZED (SELECT p.*, ${count}${more} FROM "Pair" p ${extra?.join ?? ""} WHERE ${where})
         SELECT p.*, ${FLAG_SELECT} FROM "p" p LEFT JOIN "Flag" f ON f."pairId" = p."id" ${order}`
      : `SELECT p.*, ${count}, ${FLAG_SELECT}${more} FROM "Pair" p ${extra?.join ?? ""} LEFT JOIN "Flag" f ON f."pairId" = p."id" WHERE ${where} ${order}`;
    if (texts.size >= MAX_PAIR_QUERY_TEXTS) texts.clear();
    texts.set(where, text);
  }
  return text;
}

/** queryPairs' rows, a list per pair. */
export function rowsByPair(rows: Row[]): Row[][] {
  const byId = new Map<string, Row[]>();
  for (const r of rows) {
    const id = asString(r["id"]);
    let list = byId.get(id);
    if (!list) byId.set(id, (list = []));
    list.push(r);
  }
  return [...byId.values()];
}

/** The pair with its flags and comment count. */
export async function findPair(sql: Sql, id: string): Promise<PairRow | null> {
  return pairFromRows(await queryPair(sql, id));
}

export function pairFromRows(rows: Row[]): PairRow | null {
  const r = rows[0];
  if (!r) return null;
  return {
    id: asString(r["id"]), documentId: asString(r["documentId"]), index: asNumber(r["index"]), type: asString(r["type"]),
    ptText: asString(r["ptText"]), ptOriginal: asString(r["ptOriginal"]), enText: asString(r["enText"]),
    ptRanges: asString(r["ptRanges"]), enRanges: asString(r["enRanges"]), confidence: asNumber(r["confidence"]),
    status: asString(r["status"]), version: asNumber(r["version"]), paragraph: asNumber(r["paragraph"]), reason: asString(r["reason"]),
    gapBefore: asNullableString(r["gapBefore"]), inlineCodes: asNullableString(r["inlineCodes"]), autoFilledFrom: asNullableString(r["autoFilledFrom"]), enHash: asNullableString(r["enHash"]), removed: asBool(r["removed"]), updatedAt: asDate(r["updatedAt"]), updatedBy: asNullableString(r["updatedBy"]),
    flags: rows.filter((f) => f["flag_id"] != null).map(toFlagRow),
    _count: { comments: asNumber(r["commentCount"]) },
  };
}

/** A pair that is still part of its document (merged-away pairs keep only their history). */
export async function livePair(sql: Sql, id: string): Promise<PairRow> {
  const row = await findPair(sql, id);
  if (!row || row.removed) throw new NotFound("pair", id);
  return row;
}

/** The 409 a client gets for a version it read that is no longer current. */
export async function conflictFor(sql: Sql, pairId: string): Promise<VersionConflict | NotFound> {
  const current = await findPair(sql, pairId);
  if (!current || current.removed) return new NotFound("pair", pairId);
  return new VersionConflict(toPair(current));
}

export function assertVersion(row: PairRow, version: number): void {
  if (row.version !== version) throw new VersionConflict(toPair(row));
}

/** Runs a pair transaction, turning a stale conditional update into a 409 with the current pair. */
export async function inPairTransaction<T>(db: SqlDb, fn: (sql: Sql) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(fn);
  } catch (err) {
    if (err instanceof StaleVersion) throw await conflictFor(db, err.pairId);
    throw err;
  }
}
