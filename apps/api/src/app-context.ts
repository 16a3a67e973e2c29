import { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { sqlFor, type Db } from "./db/client.ts";
import type { SqlDb } from "./db/sql.ts";
import { TermCache } from "./api/terms/term-cache.ts";
/** What every router needs, created once per app (tests create one per database). */
export interface AppContext {
  prisma: Db;
  /** Plain SQL on the same connection, for the review hot path (db/sql.ts). */
  sql: SqlDb;
  registry: OpenAPIRegistry;
  terms: TermCache;
}

export function createAppContext(prisma: Db): AppContext {
  return { prisma, sql: sqlFor(prisma), registry: new OpenAPIRegistry(), terms: new TermCache(prisma) };
}
