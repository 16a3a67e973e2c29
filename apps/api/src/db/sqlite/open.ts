// The embedded engine: SQLite through Prisma's libSQL adapter, on one kept connection.
import { createClient, type Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { AdapterSql } from "../adapter-sql.ts";
import type { Database } from "../database.ts";
import { databaseFile } from "../paths.ts";
import { PrismaSql } from "../prisma-sql.ts";
import { inProcessChanges } from "../changes.ts";
import { startCheckpointer } from "./checkpointer.ts";
import { ClientSql } from "./client-sql.ts";
import { CachedSqliteClient } from "./kept-statement-client.ts";

/**
 * The adapter over one kept SQLite connection. For a file, that is our statement-keeping client
 * (kept-statement-client.ts); for anything else (a libSQL server URL), @libsql/client 0.18 with
 * a single connection, not the adapter's bundled 0.8, which opens a brand-new connection after
 * every transaction (re-reading the schema and forgetting the pragmas below). One connection is
 * all the adapter can use anyway: it runs one statement or transaction at a time behind a mutex.
 */
class PooledLibSQL extends PrismaLibSQL {
  /** The adapter Prisma connected with, for plain SQL on the same connection. */
  adapter: Awaited<ReturnType<PrismaLibSQL["connect"]>> | undefined;
  /** The embedded database's client under the adapter, when it is ours. */
  sqlite: CachedSqliteClient | undefined;

  override createClient(config: Config): ReturnType<PrismaLibSQL["createClient"]> {
    const file = databaseFile(config.url);
    if (file === undefined) return createClient({ ...config, concurrency: 1 }) as unknown as ReturnType<PrismaLibSQL["createClient"]>;
    this.sqlite = new CachedSqliteClient(file);
    return this.sqlite as unknown as ReturnType<PrismaLibSQL["createClient"]>;
  }

  override async connect(): Promise<Awaited<ReturnType<PrismaLibSQL["connect"]>>> {
    this.adapter = await super.connect();
    return this.adapter;
  }
}

export async function openSqlite(url: string): Promise<Database> {
  const factory = new PooledLibSQL({ url });
  const prisma = new PrismaClient({ adapter: factory });
  // WAL lets readers outside this process (backups, the CLI, workers) work while the API writes,
  // and with synchronous=NORMAL a commit does not wait for fsync (a crash can lose the last
  // commits, never corrupt the file).
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  // Another process (setup, the CLI, a job worker) may hold the write lock for a moment.
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  // The adapter connects on the first query (above), so both are there now.
  const sql = factory.sqlite ? new ClientSql(factory.sqlite) : factory.adapter ? new AdapterSql(factory.adapter) : new PrismaSql(prisma, "sqlite");
  return {
    engine: "sqlite",
    url,
    prisma,
    sql,
    changes: inProcessChanges(url),
    sqlIn: (tx) => new PrismaSql(tx, "sqlite"),
    startUpkeep: (onError) => startCheckpointer(prisma, url, onError),
    close: () => prisma.$disconnect(),
  };
}
