// Plain parameterised SQL for the review hot path, run through a Prisma client or transaction
// (`PrismaSql`), through Prisma's driver adapter (`AdapterSql`), or, for the embedded database,
// straight on the SQLite client under that adapter (`ClientSql`).
//
// Why not the Prisma client: measured here, a transaction of two trivial statements cost ~2.7 ms
// through it (its runtime and query compiler), and a single raw query ~0.8 ms, against ~0.2 ms
// for the same SQL through the adapter, and less again on the client beneath it. Every save and
// approval is such a transaction; under 50 concurrent reviewers that overhead was most of the
// server's time. All three share Prisma's one connection and never interleave with its
// transactions (the adapter's lock, or the client's own: sqlite-client.ts). Quoted identifiers
// and `?` placeholders only, so the SQL stays portable (`?` becomes `$n` for PostgreSQL).
import type { PrismaLibSQL } from "@prisma/adapter-libsql";
import type { Db, Tx } from "./client.ts";
import type { CachedSqliteClient, CachedSqliteTransaction, ResultSet } from "./sqlite-client.ts";

export type SqlValue = string | number | boolean | Date | null;
export type Row = Record<string, unknown>;

export interface Sql {
  query(sql: string, args?: readonly SqlValue[]): Promise<Row[]>;
  /** The number of rows changed. */
  execute(sql: string, args?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDb extends Sql {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
}

type Adapter = Awaited<ReturnType<PrismaLibSQL["connect"]>>;
type Queryable = Pick<Adapter, "queryRaw" | "executeRaw" | "provider">;
type Query = Parameters<Adapter["queryRaw"]>[0];
type ArgType = Query["argTypes"][number];

function argType(value: SqlValue): ArgType {
  if (value instanceof Date) return { scalarType: "datetime", arity: "scalar" };
  if (typeof value === "string") return { scalarType: "string", arity: "scalar" };
  if (typeof value === "number") return { scalarType: Number.isInteger(value) ? "int" : "float", arity: "scalar" };
  if (typeof value === "boolean") return { scalarType: "boolean", arity: "scalar" };
  return { scalarType: "unknown", arity: "scalar" };
}

/** `?` placeholders as the database wants them (our SQL has no `?` inside literals). */
function placeholders(provider: string, sql: string): string {
  if (provider !== "postgres") return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

class QueryableSql implements Sql {
  constructor(private readonly db: Queryable) {}

  private toQuery(sql: string, args: readonly SqlValue[]): Query {
    return { sql: placeholders(this.db.provider, sql), args: [...args], argTypes: args.map(argType) };
  }

  async query(sql: string, args: readonly SqlValue[] = []): Promise<Row[]> {
    const result = await this.db.queryRaw(this.toQuery(sql, args));
    return result.rows.map((values) => Object.fromEntries(result.columnNames.map((name, i) => [name, values[i]])));
  }

  execute(sql: string, args: readonly SqlValue[] = []): Promise<number> {
    return this.db.executeRaw(this.toQuery(sql, args));
  }
}

/** Runs `fn` in the open transaction `tx`: committed when it resolves, rolled back when it throws. */
async function settle<X extends { commit(): Promise<void>; rollback(): Promise<void> }, T>(tx: X, fn: (tx: X) => Promise<T>): Promise<T> {
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

export class AdapterSql extends QueryableSql implements SqlDb {
  constructor(private readonly adapter: Adapter) {
    super(adapter);
  }

  async transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    return settle(await this.adapter.startTransaction(), (tx) => fn(new QueryableSql(tx)));
  }
}

/**
 * Straight on the kept-statement SQLite client under the adapter (sqlite-client.ts), skipping
 * the adapter's own lock and value conversions, which were the larger part of a statement's cost
 * once statements were kept. Values are written as the adapter writes them, so Prisma reads
 * these rows like its own: dates as ISO text with "+00:00", booleans as 0/1.
 */
export class ClientSql implements SqlDb {
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

function toStored(value: SqlValue): string | number | null {
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

/** The same interface over a Prisma client or interactive transaction. */
export class PrismaSql implements SqlDb {
  constructor(private readonly db: Db | Tx, private readonly provider = "sqlite") {}

  query(sql: string, args: readonly SqlValue[] = []): Promise<Row[]> {
    return this.db.$queryRawUnsafe<Row[]>(placeholders(this.provider, sql), ...args);
  }

  execute(sql: string, args: readonly SqlValue[] = []): Promise<number> {
    return this.db.$executeRawUnsafe(placeholders(this.provider, sql), ...args);
  }

  transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    if (!("$transaction" in this.db)) return fn(this);
    return this.db.$transaction((tx) => fn(new PrismaSql(tx, this.provider)), { maxWait: 10_000, timeout: 20_000 });
  }
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
