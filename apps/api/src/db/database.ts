// The one interface the app sees, whatever the engine (index.ts picks one by DATABASE_URL).
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Changes } from "./changes.ts";
import type { Engine } from "./paths.ts";
import type { Sql, SqlDb } from "./sql.ts";

/**
 * The Prisma client. Both engines' clients are generated from the same models (the PostgreSQL
 * schema is a twin of the SQLite one), so they have the same API; the SQLite one's type stands
 * for both.
 */
export type Db = PrismaClient;
/** The client handed to an interactive transaction's callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** What the engine's background upkeep hands back (SQLite: WAL checkpoints off the server's thread). */
export interface Upkeep {
  stop(): Promise<void>;
}

export interface Database {
  readonly engine: Engine;
  readonly url: string;
  readonly prisma: Db;
  /** Plain SQL on the same connections (sql.ts), for the review hot path and bulk inserts. */
  readonly sql: SqlDb;
  /** Change events between the processes on this database (caches, live review). */
  readonly changes: Changes;
  /** Plain SQL inside one of the Prisma client's interactive transactions. */
  sqlIn(tx: Tx): Sql;
  /** Starts the engine's background upkeep, if it has any; `onError` hears of its failures. */
  startUpkeep(onError: (err: unknown) => void): Promise<Upkeep | undefined>;
  close(): Promise<void>;
}
