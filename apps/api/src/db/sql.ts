// Plain parameterised SQL, the one interface every engine gives (database.ts): the review hot
// path and bulk inserts use it instead of the Prisma client.
//
// Why not the Prisma client: measured here, a transaction of two trivial statements cost ~2.7 ms
// through it (its runtime and query compiler), and a single raw query ~0.8 ms, against ~0.2 ms
// for the same SQL through the driver adapter, and less again on SQLite's client beneath it.
// Every save and approval is such a transaction; under 50 concurrent reviewers that overhead was
// most of the server's time. Quoted identifiers and `?` placeholders only, so the SQL stays
// portable: `?` becomes `$n` for PostgreSQL (placeholders below), booleans are bound as
// booleans, never compared with 0/1.

/** Bytes (Uint8Array) are bound as a BLOB on SQLite; PostgreSQL's path here takes them as base64 text (api/exports/export-files.ts). */
export type SqlValue = string | number | boolean | Date | Uint8Array | null;
export type Row = Record<string, unknown>;

export interface Sql {
  /** For the little that differs: locking (PostgreSQL runs writers concurrently, SQLite one at a time). */
  readonly engine: "sqlite" | "postgres";
  query(sql: string, args?: readonly SqlValue[]): Promise<Row[]>;
  /** The number of rows changed. */
  execute(sql: string, args?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDb extends Sql {
  /** The most connections it opens at once (PostgreSQL's pool); absent: a single connection. */
  readonly connections?: number;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
}

/** `?` placeholders as the database wants them (our SQL has no `?` inside literals). */
export function placeholders(provider: string, sql: string): string {
  if (provider !== "postgres") return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Inside a transaction: waits for, and holds until commit, the right to restructure this pair's
 * document (merge, split, move shift the positions of many pairs). SQLite's writers already run
 * one at a time (BEGIN IMMEDIATE); PostgreSQL's run side by side, so they take a lock per document.
 */
export async function lockDocumentOfPair(sql: Sql, pairId: string): Promise<void> {
  if (sql.engine !== "postgres") return;
  await sql.query(`SELECT COUNT(*) AS "n" FROM (SELECT pg_advisory_xact_lock(hashtext("documentId")) FROM "Pair" WHERE "id" = ?) AS "locked"`, [pairId]);
}

/** Rows about to be rewritten from what was read: locked until commit where writers run side by side. */
export function forUpdate(sql: Sql): string {
  return sql.engine === "postgres" ? " FOR UPDATE" : "";
}

/** Runs `fn` in the open transaction `tx`: committed when it resolves, rolled back when it throws. */
export async function settle<X extends { commit(): Promise<void>; rollback(): Promise<void> }, T>(tx: X, fn: (tx: X) => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await fn(tx);
  } catch (err) {
    await tx.rollback();
    throw err;
  }
  await tx.commit();
  return result;
}

// Values come back decoded by Prisma (Date, boolean, number) or as the driver gives them
// (ISO text, 0/1, integers as decimal strings); these read either.
export function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
export function asBool(value: unknown): boolean {
  return value === true || value === 1 || value === "1" || value === 1n;
}
export function asNumber(value: unknown): number {
  return typeof value === "number" ? value : Number(value);
}
export function asString(value: unknown): string {
  return String(value);
}
export function asNullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
