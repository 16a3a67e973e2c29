// Databases on the PostgreSQL server the tests run against (no Vitest imports: global setup uses it too).
import pg from "pg";
import { connectionParts } from "../db/postgres/migration-adapter.ts";

/** The server's URL with another database in it. */
export function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE). */
export async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ ...connectionParts(serverUrl), database: "postgres" });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
