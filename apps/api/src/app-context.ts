import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import type { Db } from "./db/client.ts";
import type { SqlDb } from "./db/sql.ts";
import type { TermCache } from "./api/terms/term-cache.ts";

/** What every router needs, created once per app (tests create one per database). */
export interface AppContext {
  prisma: Db;
  /** Plain SQL on the same connection, for the review hot path (db/sql.ts). */
  sql: SqlDb;
  registry: OpenAPIRegistry;
  terms: TermCache;
}
