// The database a bench runs on: a SQLite file in a temporary folder, or a PostgreSQL database on
// BENCH_POSTGRES_URL (a server where the role may create databases) or, without it, on a
// throwaway cluster the bench starts itself (scripts/postgres-temp.sh, Debian's postgresql
// package) and stops at the end. Migrated, with the bench's editor account.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAppContext } from "../src/app-context.ts";
import { openDatabase } from "../src/db/index.ts";
import { migrateDeploy } from "../src/db/migrate.ts";
import { REPO_ROOT } from "../src/db/paths.ts";
import { ensureUser, seedTerms } from "../src/db/seed.ts";
import { onServer, withDatabase } from "../src/test-support/postgres-server.ts";

export type BenchEngine = "sqlite" | "postgres";

export interface BenchDatabase {
  url: string;
  /** Drops the database (and stops a cluster the bench started). */
  drop(): Promise<void>;
}

export const BENCH_USER = { username: "bench", displayName: "Bench Editor", role: "editor" as const, password: "bench-password" };

/** Why the PostgreSQL run cannot happen here, or undefined when it can. */
export function postgresUnavailable(): string | undefined {
  if (process.env["BENCH_POSTGRES_URL"]) return undefined;
  const installed = existsSync("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").some((v) => existsSync(path.join("/usr/lib/postgresql", v, "bin", "initdb")));
  return installed ? undefined : "no BENCH_POSTGRES_URL and no PostgreSQL installed (apt-get install postgresql)";
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    }).on("error", reject);
  });
}

export async function benchDatabase(engine: BenchEngine): Promise<BenchDatabase> {
  let db: BenchDatabase;
  if (engine === "postgres") {
    let server = process.env["BENCH_POSTGRES_URL"];
    let stopCluster = async () => {};
    if (!server) {
      const dir = mkdtempSync(path.join(tmpdir(), "alinha-bench-pg-"));
      const script = path.join(REPO_ROOT, "scripts", "postgres-temp.sh");
      server = execFileSync(script, ["start", dir, String(await freePort())], { encoding: "utf8" }).trim();
      stopCluster = async () => {
        execFileSync(script, ["stop", dir]);
        rmSync(dir, { recursive: true, force: true });
      };
    }
    const name = `alinha_bench_${Date.now()}`;
    await onServer(server, `CREATE DATABASE "${name}"`);
    const cluster = server;
    db = {
      url: withDatabase(server, name),
      drop: async () => {
        await onServer(cluster, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await stopCluster();
      },
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "alinha-bench-"));
    db = { url: `file:${path.join(dir, "bench.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  await migrateDeploy(db.url);
  const opened = await openDatabase(db.url);
  const ctx = createAppContext(opened);
  await seedTerms(ctx);
  await ensureUser(ctx, BENCH_USER);
  await opened.close();
  return db;
}
