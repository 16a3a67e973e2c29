// What the root prisma.config.ts needs, resolved from the API's own dependencies (the repo root
// has no Prisma install of its own). The DATABASE_URL scheme picks the schema, its migrations
// and the migration adapter: prisma/schema.prisma + prisma/migrations for SQLite,
// prisma/postgres/ for PostgreSQL (a twin written by scripts/postgres-twin.mjs).
import { LibSQLMigrationAdapter } from "./sqlite/migration-adapter.ts";
import { PgMigrationAdapter } from "./postgres/migration-adapter.ts";
import { engineOf } from "./paths.ts";

export { defineConfig } from "prisma/config";

/** The embedded database, relative to the repository root, unless DATABASE_URL says otherwise. */
export const DEFAULT_DATABASE_URL = "file:./data/alinha.db";

/** Schema file and migrations folder, relative to the repository root. */
export function schemaFor(url: string): { schema: string; migrations: string } {
  return engineOf(url) === "postgres"
    ? { schema: "prisma/postgres/schema.prisma", migrations: "prisma/postgres/migrations" }
    : { schema: "prisma/schema.prisma", migrations: "prisma/migrations" };
}

export function migrationAdapter(url: string): LibSQLMigrationAdapter | PgMigrationAdapter {
  return engineOf(url) === "postgres" ? new PgMigrationAdapter(url) : new LibSQLMigrationAdapter({ url });
}
