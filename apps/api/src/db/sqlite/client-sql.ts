import { settle, type Row, type Sql, type SqlDb, type SqlValue } from "../sql.ts";
import type { CachedSqliteClient, CachedSqliteTransaction, ResultSet } from "./kept-statement-client.ts";

/**
 * Plain SQL straight on the kept-statement SQLite client under Prisma's adapter
 * (kept-statement-client.ts), skipping the adapter's own lock and value conversions, which were
 * the larger part of a statement's cost once statements were kept. Values are written as the
 * adapter writes them, so Prisma reads these rows like its own: dates as ISO text with "+00:00",
 * booleans as 0/1. The client's own lock keeps these statements out of Prisma's transactions.
 */
export class ClientSql implements SqlDb {
  readonly engine = "sqlite";
  constructor(private readonly client: CachedSqliteClient | CachedSqliteTransaction) {}

  async query(sql: string, args: readonly SqlValue[] = []): Promise<Row[]> {
    return toRows(await this.client.execute({ sql, args: args.map(toStored) }));
  }

  async execute(sql: string, args: readonly SqlValue[] = []): Promise<number> {
    return (await this.client.execute({ sql, args: args.map(toStored) })).rowsAffected;
  }

  async transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    if (!("transaction" in this.client)) return fn(this);
    return settle(await this.client.transaction("write"), (tx) => fn(new ClientSql(tx)));
  }
}

function toStored(value: SqlValue): string | number | Uint8Array | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

function toRows({ columns, rows }: ResultSet): Row[] {
  return rows.map((values) => {
    const row: Row = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
    return row;
  });
}
