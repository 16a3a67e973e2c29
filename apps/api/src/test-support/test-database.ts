// A fresh database per test server, on the engine the run asks for: SQLite by default (a copy
// of the migrated template file), PostgreSQL when ALINHA_TEST_POSTGRES_URL names a server
// (a database cloned from the migrated template database: CREATE DATABASE … TEMPLATE).
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { onServer, withDatabase } from "./postgres-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** SQLite: the migrated template file. PostgreSQL: the migrated template database's name. */
    templateDb: string;
    /** The PostgreSQL server's URL (any database on it), or "" for SQLite. */
    postgresUrl: string;
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  const postgresUrl = inject("postgresUrl");
  if (postgresUrl) {
    const name = `alinha_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await onServer(postgresUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDb")}"`);
    return { url: withDatabase(postgresUrl, name), drop: () => onServer(postgresUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "alinha-api-test-"));
  const file = path.join(dir, "test.db");
  copyFileSync(inject("templateDb"), file);
  return { url: `file:${file}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** The engine this run tests, for the few tests that speak an engine's own SQL. */
export function testEngine(): "sqlite" | "postgres" {
  return inject("postgresUrl") ? "postgres" : "sqlite";
}
