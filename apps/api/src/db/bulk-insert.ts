import { randomUUID } from "node:crypto";
import { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./client.ts";

/**
 * Rows per INSERT statement. SQLite allows 32766 bound parameters; 200 rows of the widest table
 * (17 columns) stay far below that.
 */
const ROWS_PER_STATEMENT = 200;

type Tables = {
  Pair: Required<Omit<Prisma.PairCreateManyInput, "removed">> & { removed: boolean };
  Edit: Required<Prisma.EditCreateManyInput>;
  Flag: Required<Prisma.FlagCreateManyInput>;
};

/**
 * Multi-row INSERTs for importing a document. Prisma's createMany took about 0.5 ms per row
 * here (its query building dominates), which alone broke the 1 s import goal for the largest
 * built-in document; one parameterised statement per 200 rows is several times faster. Plain
 * SQL with quoted identifiers and bound parameters, portable to PostgreSQL. Every column is
 * given explicitly (Prisma-side defaults such as cuid() do not exist in the database).
 */
export async function bulkInsert<T extends keyof Tables>(tx: Tx, table: T, rows: Tables[T][]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first) as (keyof Tables[T] & string)[];
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const values = rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => Prisma.sql`(${Prisma.join(columns.map((c) => row[c]))})`);
    await tx.$executeRaw`${head}${Prisma.join(values)}`;
  }
}

export function newId(): string {
  return randomUUID();
}
