import { createAppContext } from "../app-context.ts";
import { openDatabase } from "./index.ts";
import { migrateDeploy } from "./migrate.ts";
import { engineOf } from "./paths.ts";
import { seed, type SeedReport } from "./seed.ts";

/** Any number; every Alinha process setting up one PostgreSQL database takes this lock. */
const SETUP_LOCK = 7_262_014;

/**
 * Migrate, then load the corpus, its terms and the users the environment asks for. On
 * PostgreSQL, API processes and workers may start together on a fresh database: they set up one
 * after the other (an advisory lock), so the corpus is loaded once.
 */
export async function setupDatabase(url: string, env: NodeJS.ProcessEnv = process.env): Promise<SeedReport> {
  const release = engineOf(url) === "postgres" ? await (await import("./postgres/advisory-lock.ts")).advisoryLock(url, SETUP_LOCK) : async () => {};
  try {
    await migrateDeploy(url);
    const db = await openDatabase(url);
    try {
      return await seed(createAppContext(db), env);
    } finally {
      await db.close();
    }
  } finally {
    await release();
  }
}
