// The PostgreSQL schema is a twin of prisma/schema.prisma (the one the team edits): the same
// models with another datasource and client output. Prisma needs a literal provider per schema,
// hence two files; this writes the second from the first (scripts/postgres-twin.ts).
import { readdirSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../paths.ts";

export const SQLITE_SCHEMA = path.join(REPO_ROOT, "prisma", "schema.prisma");
export const SQLITE_MIGRATIONS = path.join(REPO_ROOT, "prisma", "migrations");
export const POSTGRES_SCHEMA = path.join(REPO_ROOT, "prisma", "postgres", "schema.prisma");
export const POSTGRES_MIGRATIONS = path.join(REPO_ROOT, "prisma", "postgres", "migrations");

const HEADER = `// GENERATED from ../schema.prisma by \`pnpm db:postgres-twin\`: do not edit. Change
// ../schema.prisma (and add its SQLite migration), then run that command: it rewrites this file
// and writes the matching PostgreSQL migration into ./migrations.

`;

/** The PostgreSQL twin of the SQLite schema's text. */
export function postgresSchema(sqliteSchema: string): string {
  const datasource = /datasource\s+db\s*\{[^}]*\}/;
  const output = /(output\s*=\s*")([^"]+)(")/;
  if (!datasource.test(sqliteSchema) || !output.test(sqliteSchema)) throw new Error("prisma/schema.prisma: no `datasource db` block or generator `output` found");
  const body = sqliteSchema
    .replace(datasource, `datasource db {\n  provider = "postgresql"\n  url      = "postgresql://localhost/alinha" // required by validation; the driver adapter's URL is what is used\n}`)
    // The output is relative to the schema file, one folder deeper now; a client per provider.
    .replace(output, (_m, open: string, dir: string, close: string) => `${open}${path.posix.join("..", dir)}-postgres${close}`);
  return HEADER + body;
}

/** Migration folder names, oldest first. */
export function migrationNames(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}
