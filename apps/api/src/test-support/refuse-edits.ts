import type { Database } from "../db/index.ts";

/**
 * Makes the database refuse any history row (Edit) whose text contains `word`, in the engine's
 * own trigger language, to fail a write half-way. Returns the undo.
 */
export async function refuseEditsContaining(db: Database, word: string): Promise<() => Promise<void>> {
  const name = `refuse_${word.toLowerCase().replace(/\W/g, "")}`;
  if (db.engine === "postgres") {
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN IF NEW."after" LIKE '%${word}%' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "Edit" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
    return async () => {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER ${name} ON "Edit"`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    };
  }
  await db.prisma.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "Edit" WHEN NEW."after" LIKE '%${word}%' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
  return async () => { await db.prisma.$executeRawUnsafe(`DROP TRIGGER ${name}`); };
}
