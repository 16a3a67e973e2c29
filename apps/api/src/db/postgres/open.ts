// The team engine: PostgreSQL through Prisma's pg adapter, over one connection pool.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma-postgres/client.ts";
import { AdapterSql } from "../adapter-sql.ts";
import type { Database, Db } from "../database.ts";
import { PrismaSql } from "../prisma-sql.ts";
import { postgresChanges } from "./notify.ts";

/** Connections per process; PostgreSQL's default max_connections is 100 across every process. */
const POOL_SIZE = Number(process.env["ALINHA_PG_POOL"] ?? 10);

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  const adapter = await factory.connect();
  // The client Prisma uses goes through its own connect(); both share `pool`.
  const prisma = new PrismaClient({ adapter: factory }) as unknown as Db;
  await prisma.$queryRawUnsafe("SELECT 1");
  const changes = postgresChanges(url, pool);
  return {
    engine: "postgres",
    url,
    prisma,
    sql: new AdapterSql(adapter),
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
