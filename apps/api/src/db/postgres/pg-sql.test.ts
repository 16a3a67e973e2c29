// Plain SQL straight through pg (pg-sql.ts): the rows it reads are the rows Prisma's adapter read
// (the app was written against those), and a kept statement survives another process's migration.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, testEngine, type TestDatabase } from "../../test-support/test-database.ts";
import { AdapterSql } from "../adapter-sql.ts";
import { PgSql } from "./pg-sql.ts";

describe.skipIf(testEngine() !== "postgres")("plain SQL through pg", () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let sql: PgSql;
  let viaAdapter: AdapterSql;

  beforeAll(async () => {
    database = await freshDatabase();
    pool = new pg.Pool({ connectionString: database.url, max: 3 });
    sql = new PgSql(pool);
    viaAdapter = new AdapterSql(await new PrismaPg(pool).connect());
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it("reads and binds every kind of value as Prisma's adapter did", async () => {
    const when = new Date("2026-03-04T05:06:07.089Z");
    const statement = `SELECT ?::timestamp(3) AS "at", ?::timestamptz AS "atZone", ?::text AS "text", ?::int AS "int", ?::float8 AS "float",
      ?::boolean AS "yes", NULL AS "nothing", COUNT(*) AS "count", 1.50::numeric AS "numeric", '{"a":1}'::jsonb AS "json",
      DATE '2026-01-02' AS "day", decode('AAEC/w==', 'base64') AS "bytes" FROM (VALUES (1), (2)) AS v(x)`;
    const args = [when, when, "é ✓ 'quoted'", 42, 0.25, true];
    // Three times: the third runs as a kept (prepared) statement.
    for (let run = 0; run < 3; run++) expect(await sql.query(statement, args)).toEqual(await viaAdapter.query(statement, args));
    const [row] = await sql.query(statement, args);
    expect(new Date(String(row!["at"])).toISOString()).toBe(when.toISOString());
  });

  it("counts the rows a write changed, inside and outside a transaction", async () => {
    await sql.execute(`CREATE TABLE "counted" ("id" int PRIMARY KEY, "v" text)`);
    expect(await sql.execute(`INSERT INTO "counted" VALUES (?, ?), (?, ?)`, [1, "a", 2, "b"])).toBe(2);
    expect(await sql.transaction((tx) => tx.execute(`UPDATE "counted" SET "v" = ? WHERE "id" = ?`, ["c", 2]))).toBe(1);
    await expect(sql.transaction(async (tx) => {
      await tx.execute(`UPDATE "counted" SET "v" = ? WHERE "id" = ?`, ["lost", 1]);
      throw new Error("rolled back");
    })).rejects.toThrow("rolled back");
    expect(await sql.query(`SELECT "v" FROM "counted" ORDER BY "id"`)).toEqual([{ v: "a" }, { v: "c" }]);
  });

  it("runs statements started together in a transaction one after another", async () => {
    const results = await sql.transaction((tx) => Promise.all([1, 2, 3].map((n) => tx.query(`SELECT ?::int AS "n"`, [n]))));
    expect(results.map((rows) => rows[0]!["n"])).toEqual([1, 2, 3]);
  });

  it("keeps working when another process adds a column to a table a kept statement reads whole", async () => {
    await sql.execute(`CREATE TABLE "migrated" ("id" int PRIMARY KEY)`);
    await sql.execute(`INSERT INTO "migrated" VALUES (?)`, [1]);
    // Run on every connection of the pool, so each keeps the statement.
    for (let run = 0; run < 3; run++) await Promise.all([0, 1, 2].map(() => sql.query(`SELECT * FROM "migrated"`)));
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    await other.query(`ALTER TABLE "migrated" ADD COLUMN "added" text DEFAULT 'new'`);
    await other.end();
    expect(await sql.query(`SELECT * FROM "migrated"`)).toEqual([{ id: 1, added: "new" }]);
  });
});
