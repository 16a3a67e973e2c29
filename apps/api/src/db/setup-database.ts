import { createAppContext } from "../app-context.ts";
import { openDatabase } from "./index.ts";
import { migrateDeploy } from "./migrate.ts";
import { seed, type SeedReport } from "./seed.ts";

/** Migrate, then load the corpus, its terms and the users the environment asks for. */
export async function setupDatabase(url: string, env: NodeJS.ProcessEnv = process.env): Promise<SeedReport> {
  await migrateDeploy(url);
  const db = await openDatabase(url);
  try {
    const ctx = createAppContext(db);
    return await seed(ctx, env);
  } finally {
    await db.close();
  }
}
