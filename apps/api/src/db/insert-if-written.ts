// PostgreSQL: rows inserted in the same statement as the write they belong to, and only if it
// happened (`INSERT … SELECT … FROM "written"`, inside a data-modifying WITH). A save is then one
// round trip to the database instead of five (BEGIN, UPDATE, INSERT, INSERT, COMMIT): measured on
// the team server, those round trips, each a wake-up of a PostgreSQL backend and of this process,
// were most of what an edit cost under load.
import type { SqlValue } from "./sql.ts";

/**
 * The columns of the review tables (Pair, Edit, Flag, Comment) that are not text, by name (the
 * same name has the same type in each). A parameter in a SELECT list has no type of its own, so
 * each is cast to its column's type.
 */
const NOT_TEXT: Record<string, string> = {
  version: "integer", index: "integer", paragraph: "integer", start: "integer", end: "integer",
  confidence: "double precision", removed: "boolean", dismissed: "boolean",
  createdAt: "timestamp(3)", updatedAt: "timestamp(3)", dismissedAt: "timestamp(3)",
};

/** A review table column's PostgreSQL type (by name, as NOT_TEXT). */
export function columnType(column: string): string {
  return NOT_TEXT[column] ?? "text";
}

export interface Fragment {
  sql: string;
  args: SqlValue[];
}

/** `INSERT INTO table (…) SELECT …, once per row, FROM source` (source: a WITH query's name). */
export function insertFrom(table: string, source: string, rows: readonly Record<string, SqlValue>[]): Fragment {
  const columns = Object.keys(rows[0] ?? {});
  if (columns.length === 0) throw new Error(`insertFrom ${table}: no rows`);
  const select = `SELECT ${columns.map((c) => `?::${columnType(c)}`).join(", ")} FROM "${source}"`;
  return {
    sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) ${rows.map(() => select).join(" UNION ALL ")}`,
    args: rows.flatMap((row) => columns.map((c) => row[c] ?? null)),
  };
}
