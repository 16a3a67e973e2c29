import { PrismaLibSQL } from "@prisma/adapter-libsql";

type Adapter = Awaited<ReturnType<PrismaLibSQL["connect"]>>;

/**
 * The migration adapter for SQLite. Prisma's WebAssembly schema engine replays each migration
 * into the shadow database as a single parameterless `executeRaw` holding the whole script, and
 * libSQL's `execute` runs only its first statement, so `migrate dev` reports drift that is not
 * there. On the shadow connection such calls go to `executeScript`, which runs every statement.
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
