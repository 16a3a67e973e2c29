import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CachedSqliteClient } from "./kept-statement-client.ts";

let dir: string;
let client: CachedSqliteClient;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "alinha-sqlite-client-"));
  client = new CachedSqliteClient(path.join(dir, "t.db"));
  await client.executeMultiple(`CREATE TABLE t ("id" TEXT PRIMARY KEY, "n" INTEGER, "ok" BOOLEAN, "at" DATETIME, "b" BLOB)`);
});

afterEach(() => {
  client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the kept-statement SQLite client", () => {
  it("gives each run of a kept statement its own arguments' rows", async () => {
    const insert = `INSERT INTO t ("id", "n", "ok") VALUES (?, ?, ?)`;
    expect((await client.execute({ sql: insert, args: ["a", 1, true] })).rowsAffected).toBe(1);
    expect((await client.execute({ sql: insert, args: ["b", 2, false] })).rowsAffected).toBe(1);
    const select = `SELECT "id", "n", "ok" FROM t WHERE "n" >= ? ORDER BY "n"`;
    const all = await client.execute({ sql: select, args: [1] });
    expect(all.columns).toEqual(["id", "n", "ok"]);
    expect(all.columnTypes).toEqual(["TEXT", "INTEGER", "BOOLEAN"]);
    expect(all.rows).toEqual([["a", 1, 1], ["b", 2, 0]]);
    expect((await client.execute({ sql: select, args: [2] })).rows).toEqual([["b", 2, 0]]);
  });

  it("gives right rows from the statements it kept and those it dropped once more than 500 distinct ones were run", async () => {
    await client.execute({ sql: `INSERT INTO t ("id", "n") VALUES (?, ?)`, args: ["a", 7] });
    const hot = `SELECT "n" FROM t WHERE "id" = ?`;
    const first = `SELECT "n" + 0 FROM t`;
    await client.execute(first);
    for (let k = 1; k <= 520; k++) {
      // Bulk inserts of odd row counts bring new statements like these; the hot one is used throughout.
      expect((await client.execute(`SELECT "n" + ${k} FROM t`)).rows).toEqual([[7 + k]]);
      if (k % 50 === 0) expect((await client.execute({ sql: hot, args: ["a"] })).rows).toEqual([[7]]);
    }
    expect((await client.execute(first)).rows).toEqual([[7]]);
    expect((await client.execute({ sql: hot, args: ["a"] })).columns).toEqual(["n"]);
  });

  it("maps values as @libsql/client does: dates to epoch milliseconds, blobs to ArrayBuffers, named arguments", async () => {
    const at = new Date("2026-11-23T08:00:00Z");
    await client.execute({ sql: `INSERT INTO t ("id", "at", "b") VALUES (:id, @at, $b)`, args: { ":id": "x", "@at": at, $b: new Uint8Array([1, 2, 3]) } });
    const { rows } = await client.execute({ sql: `SELECT "at", "b" FROM t WHERE "id" = ?`, args: ["x"] });
    expect(rows[0]![0]).toBe(at.valueOf());
    expect([...new Uint8Array(rows[0]![1] as ArrayBuffer)]).toEqual([1, 2, 3]);
    await expect(client.execute({ sql: `SELECT ?`, args: [Number.NaN] })).rejects.toThrow(/finite/);
  });

  it("commits and rolls back transactions, and is usable after a failed statement inside one", async () => {
    const kept = await client.transaction("deferred");
    await kept.execute({ sql: `INSERT INTO t ("id") VALUES (?)`, args: ["kept"] });
    await kept.commit();
    const dropped = await client.transaction("deferred");
    await dropped.execute({ sql: `INSERT INTO t ("id") VALUES (?)`, args: ["dropped"] });
    await expect(dropped.execute({ sql: `INSERT INTO t ("id") VALUES (?)`, args: ["kept"] })).rejects.toMatchObject({ code: expect.stringContaining("CONSTRAINT"), rawCode: 1555 });
    await dropped.rollback();
    expect(dropped.closed).toBe(true);
    expect((await client.execute(`SELECT "id" FROM t ORDER BY "id"`)).rows).toEqual([["kept"]]);
    const next = await client.transaction("write");
    await next.execute({ sql: `INSERT INTO t ("id") VALUES (?)`, args: ["next"] });
    await next.commit();
    expect((await client.execute(`SELECT COUNT(*) FROM t`)).rows).toEqual([[2]]);
  });

  it("keeps a statement sent while a transaction is open out of it: the statement runs after, and survives its rollback", async () => {
    const tx = await client.transaction("write");
    await tx.execute({ sql: `INSERT INTO t ("id") VALUES (?)`, args: ["inside"] });
    const outside = client.execute({ sql: `INSERT INTO t ("id") VALUES (?)`, args: ["outside"] });
    const second = client.transaction("write");
    await new Promise((r) => setTimeout(r, 20));
    await tx.rollback();
    await outside;
    await (await second).commit();
    expect((await client.execute(`SELECT "id" FROM t`)).rows).toEqual([["outside"]]);
  });

  it("sees a changed table through a statement kept from before the change", async () => {
    const select = `SELECT * FROM t`;
    expect((await client.execute(select)).columns).toHaveLength(5);
    await client.executeMultiple(`DROP TABLE t; CREATE TABLE t ("only" TEXT); INSERT INTO t VALUES ('v')`);
    expect(await client.execute(select)).toMatchObject({ columns: ["only"], rows: [["v"]] });
    await client.execute(`ALTER TABLE t ADD COLUMN "more" TEXT`);
    expect(await client.execute(select)).toMatchObject({ columns: ["only", "more"], rows: [["v", null]] });
  });

  it("refuses work once closed", async () => {
    client.close();
    await expect(client.execute(`SELECT 1`)).rejects.toThrow(/closed/);
  });
});
