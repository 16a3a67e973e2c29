import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root: the nearest folder above this module holding pnpm-workspace.yaml (this
 * file is apps/api/src/db/paths.ts, or bundled into apps/api/dist/*.js).
 */
export const REPO_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, "../../../..");
  }
}

/**
 * The database URL: DATABASE_URL, else ./data/alinha.db at the repository root. A relative file
 * URL is taken from where the user ran the command (pnpm runs scripts inside the package, but
 * keeps the caller's directory in INIT_CWD), and made absolute so Prisma's CLI agrees.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env["DATABASE_URL"];
  if (!url) return `file:${path.join(REPO_ROOT, "data", "alinha.db")}`;
  if (!url.startsWith("file:")) return url;
  const file = url.slice("file:".length);
  if (file.startsWith("/") || file === ":memory:") return url;
  return `file:${path.resolve(env["INIT_CWD"] ?? process.cwd(), file)}`;
}

/** The file behind a file: URL, or undefined for other URLs. */
export function databaseFile(url: string): string | undefined {
  return url.startsWith("file:") ? url.slice("file:".length).replace(/^\/\/(?=\/)/, "") : undefined;
}

export type Engine = "sqlite" | "postgres";

/** The engine a database URL names: postgres:// or postgresql:// is PostgreSQL, anything else SQLite (libSQL). */
export function engineOf(url: string): Engine {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}
