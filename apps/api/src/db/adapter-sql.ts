// Plain SQL through a Prisma driver adapter (PostgreSQL's, or libSQL's for a libSQL server):
// the same connection pool Prisma uses, without its query compiler.
import type { SqlDriverAdapter, SqlQuery, SqlQueryable } from "@prisma/driver-adapter-utils";
import { placeholders, settle, type Row, type Sql, type SqlDb, type SqlValue } from "./sql.ts";

type ArgType = SqlQuery["argTypes"][number];

function argType(value: SqlValue): ArgType {
  if (value instanceof Date) return { scalarType: "datetime", arity: "scalar" };
  if (typeof value === "string") return { scalarType: "string", arity: "scalar" };
  if (typeof value === "number") return { scalarType: Number.isInteger(value) ? "int" : "float", arity: "scalar" };
  if (typeof value === "boolean") return { scalarType: "boolean", arity: "scalar" };
  if (value instanceof Uint8Array) return { scalarType: "bytes", arity: "scalar" };
  return { scalarType: "unknown", arity: "scalar" };
}

class QueryableSql implements Sql {
  readonly engine: "sqlite" | "postgres";
  constructor(private readonly db: SqlQueryable) {
    this.engine = db.provider === "postgres" ? "postgres" : "sqlite";
  }

  private toQuery(sql: string, args: readonly SqlValue[]): SqlQuery {
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

export class AdapterSql extends QueryableSql implements SqlDb {
  constructor(private readonly adapter: SqlDriverAdapter) {
    super(adapter);
  }

  async transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    const tx = await this.adapter.startTransaction();
    // Without "phantom" queries (pg), the adapter's commit() and rollback() only hand the
    // connection back: Prisma's engine sends COMMIT or ROLLBACK itself first, so must we.
    const sendsOwn = !tx.options.usePhantomQuery;
    const end = (statement: string) => (sendsOwn ? tx.executeRaw({ sql: statement, args: [], argTypes: [] }) : Promise.resolve(0));
    return settle({
      commit: async () => {
        try {
          await end("COMMIT");
        } catch (err) {
          await tx.rollback();
          throw err;
        }
        await tx.commit();
      },
      rollback: async () => {
        try {
          await end("ROLLBACK");
        } finally {
          await tx.rollback();
        }
      },
    }, () => fn(new QueryableSql(tx)));
  }
}
