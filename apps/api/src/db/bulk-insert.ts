import { randomUUID } from "node:crypto";
import { englishKey } from "../api/pairs/english-key.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Sql, SqlValue } from "./sql.ts";

/**
 * Rows per INSERT statement. SQLite allows 32766 bound parameters; 200 rows of the widest table
 * (17 columns) stay far below that.
 */
const ROWS_PER_STATEMENT = 200;

type Columns<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
type Tables = {
  // autoFilledFrom starts null (the column's default) on every pair an import or a split creates;
  // enHash is the key of enText, computed here so no caller can write an English without it.
  Pair: Columns<Omit<Prisma.PairCreateManyInput, "removed" | "autoFilledFrom" | "enHash">> & { removed: boolean };
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
export async function bulkInsert<T extends keyof Tables>(sql: Sql, table: T, given: Tables[T][]): Promise<void> {
  const rows = table === "Pair" ? given.map((row) => withEnglishKey(row as Tables["Pair"])) : given;
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await sql.execute(head + chunk.map(() => tuple).join(", "), chunk.flatMap((row) => columns.map((c) => (row as Record<string, unknown>)[c] as SqlValue)));
  }
}

function withEnglishKey(row: Tables["Pair"]): Tables["Pair"] & { enHash: string } {
  return { ...row, enHash: englishKey(row.enText) };
}

export function newId(): string {
  return randomUUID();
}
