import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Sql, SqlValue } from "./sql.ts";

/**
 * Rows per INSERT statement. SQLite allows 32766 bound parameters; 200 rows of the widest table
 * (17 columns) stay far below that.
 */
const ROWS_PER_STATEMENT = 200;

type Columns<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
type Tables = {
  // autoFilledFrom starts null (the column's default) on every pair an import or a split creates.
  Pair: Columns<Omit<Prisma.PairCreateManyInput, "removed" | "autoFilledFrom">> & { removed: boolean };
  Edit: Columns<Prisma.EditCreateManyInput>;
  Flag: Columns<Prisma.FlagCreateManyInput>;
  Comment: Columns<Prisma.CommentCreateManyInput>;
  MemoryUnit: Columns<Prisma.MemoryUnitCreateManyInput>;
};

/**
 * Multi-row INSERTs. Prisma's createMany took about 0.5 ms per row here (its query building
 * dominates), which alone broke the 1 s import goal for the largest built-in document; one
 * parameterised statement per 200 rows is several times faster. Quoted identifiers and bound
 * parameters only, so it stays portable. Every column is given explicitly (Prisma-side defaults
 * such as cuid() do not exist in the database).
 */
export async function bulkInsert<T extends keyof Tables>(sql: Sql, table: T, rows: Tables[T][]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first) as (keyof Tables[T] & string)[];
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await sql.execute(head + chunk.map(() => tuple).join(", "), chunk.flatMap((row) => columns.map((c) => row[c] as SqlValue)));
  }
}

export function newId(): string {
  return randomUUID();
}
