// What the root prisma.config.ts needs, resolved from the API's own dependencies (the repo root
// has no Prisma install of its own).
import { PrismaLibSQL } from "@prisma/adapter-libsql";

export { defineConfig } from "prisma/config";

/** The embedded database, relative to the repository root, unless DATABASE_URL says otherwise. */
export const DEFAULT_DATABASE_URL = "file:./data/alinha.db";

type Adapter = Awaited<ReturnType<PrismaLibSQL["connect"]>>;

/**
 * The migration adapter. Prisma's WebAssembly schema engine replays each migration into the
 * shadow database as a single parameterless `executeRaw` holding the whole script, and libSQL's
 * `execute` runs only its first statement, so `migrate dev` reports drift that is not there.
 * On the shadow connection such calls go to `executeScript`, which runs every statement.
 */
export class LibSQLMigrationAdapter extends PrismaLibSQL {
  override async connectToShadowDb(): Promise<Adapter> {
    const shadow = await super.connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      if (query.args.length === 0 && query.sql.includes(";")) {
        await shadow.executeScript(query.sql);
        return 0;
      }
      return executeRaw(query);
    };
    return shadow;
  }
}

export function migrationAdapter(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): LibSQLMigrationAdapter {
  return new LibSQLMigrationAdapter({ url });
}
