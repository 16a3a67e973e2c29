import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import type { Db } from "./db/client.ts";
import type { TermCache } from "./api/terms/term-cache.ts";

/** What every router needs, created once per app (tests create one per database). */
export interface AppContext {
  prisma: Db;
  registry: OpenAPIRegistry;
  terms: TermCache;
}
