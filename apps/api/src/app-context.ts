import { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import type { Database, Db } from "./db/index.ts";
import type { SqlDb } from "./db/sql.ts";
import { TermCache } from "./api/terms/term-cache.ts";
/** What every router needs, created once per app (tests create one per database). */
export interface AppContext {
  db: Database;
  prisma: Db;
  /** Plain SQL on the same connections, for the review hot path (db/sql.ts). */
  sql: SqlDb;
  registry: OpenAPIRegistry;
  terms: TermCache;
}

export function createAppContext(db: Database): AppContext {
  return { db, prisma: db.prisma, sql: db.sql, registry: new OpenAPIRegistry(), terms: new TermCache(db.prisma) };
}
