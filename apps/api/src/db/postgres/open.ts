// The team engine: PostgreSQL through Prisma's pg adapter, over one connection pool.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma-postgres/client.ts";
import type { Database, Db } from "../database.ts";
import { PrismaSql } from "../prisma-sql.ts";
import { postgresChanges } from "./notify.ts";
import { PgSql } from "./pg-sql.ts";

/** Connections per process; PostgreSQL's default max_connections is 100 across every process. */
const POOL_SIZE = Number(process.env["ALINHA_PG_POOL"] ?? 10);

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  // Prisma's client goes through the factory; plain SQL (pg-sql.ts) uses `pool` itself.
  const prisma = new PrismaClient({ adapter: factory }) as unknown as Db;
  await prisma.$queryRawUnsafe("SELECT 1");
  const changes = postgresChanges(url, pool);
  return {
    engine: "postgres",
    url,
    prisma,
    sql: new PgSql(pool),
    changes,
    sqlIn: (tx) => new PrismaSql(tx, "postgres"),
    startUpkeep: async () => undefined,
    close: async () => {
      await changes.close();
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}
