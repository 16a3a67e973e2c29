import type { Db, Tx } from "./database.ts";
import { placeholders, type Row, type Sql, type SqlDb, type SqlValue } from "./sql.ts";

/** Plain SQL through a Prisma client or interactive transaction (raw queries). */
export class PrismaSql implements SqlDb {
  constructor(private readonly db: Db | Tx, private readonly provider: "sqlite" | "postgres") {}

  get engine(): "sqlite" | "postgres" {
    return this.provider;
  }

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
