import { createClient, type Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "../generated/prisma/client.ts";
import { databaseFile } from "./paths.ts";
import { CachedSqliteClient } from "./sqlite-client.ts";
import { AdapterSql, ClientSql, PrismaSql, type SqlDb } from "./sql.ts";

export type Db = PrismaClient;
/** The client handed to an interactive transaction's callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * The adapter over one kept SQLite connection. For a file, that is our statement-keeping client
 * (sqlite-client.ts); for anything else (a libSQL server URL), @libsql/client 0.18 with a single
 * connection, not the adapter's bundled 0.8, which opens a brand-new connection after every
 * transaction (re-reading the schema and forgetting the pragmas below). One connection is all
 * the adapter can use anyway: it runs one statement or transaction at a time behind a mutex.
 */
class PooledLibSQL extends PrismaLibSQL {
  /** The adapter Prisma connected with, for plain SQL on the same connection (see sql.ts). */
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

const factories = new WeakMap<PrismaClient, PooledLibSQL>();

/**
 * Plain SQL on the client's own connection, through its driver adapter; through the client
 * itself when it has none (a client not opened here).
 */
export function sqlFor(prisma: PrismaClient): SqlDb {
  const factory = factories.get(prisma);
  if (factory?.sqlite && factory.adapter) return new ClientSql(factory.sqlite);
  return factory?.adapter ? new AdapterSql(factory.adapter) : new PrismaSql(prisma);
}

export async function openDatabase(url: string): Promise<PrismaClient> {
  const factory = new PooledLibSQL({ url });
  const prisma = new PrismaClient({ adapter: factory });
  factories.set(prisma, factory);
  // WAL lets readers outside this process (backups, the CLI) work while the API writes, and with
  // synchronous=NORMAL a commit does not wait for fsync (a crash can lose the last commits, never
  // corrupt the file).
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  // Another process (setup, the CLI) may hold the write lock for a moment.
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  return prisma;
}
