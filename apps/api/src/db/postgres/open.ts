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
/**
 * How long an unused connection stays open. Each new one is a new PostgreSQL process with cold
 * caches that prepares its statements again (pg-sql.ts): with pg's default of 10 s, a lull (a
 * meeting, an import running on the worker) closed most of the pool, and the next burst of saves
 * waited for it to be opened again. Open idle connections cost PostgreSQL a few MB each.
 */
const IDLE_MS = 10 * 60_000;

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, idleTimeoutMillis: IDLE_MS, allowExitOnIdle: true });
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
