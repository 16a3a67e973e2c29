// The database, whichever engine DATABASE_URL names: SQLite (file:, the embedded default, in
// ./sqlite) or PostgreSQL (postgresql://, for teams, in ./postgres). The rest of the app sees
// only the Database interface (database.ts) and plain SQL (sql.ts).
import type { Database } from "./database.ts";
import { engineOf } from "./paths.ts";

export type { Database, Db, Tx, Upkeep } from "./database.ts";
export { engineOf, type Engine } from "./paths.ts";

export async function openDatabase(url: string): Promise<Database> {
  // Each engine's drivers load only when it is used.
  if (engineOf(url) === "postgres") return (await import("./postgres/open.ts")).openPostgres(url);
  return (await import("./sqlite/open.ts")).openSqlite(url);
}
