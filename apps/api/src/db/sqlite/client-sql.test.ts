import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AdapterSql } from "../adapter-sql.ts";
import type { Database, Db } from "../database.ts";
import type { SqlDb } from "../sql.ts";
import { ClientSql } from "./client-sql.ts";
import { openSqlite } from "./open.ts";

let dir: string;
let url: string;
let db: Database;
let prisma: Db;
let viaAdapter: SqlDb;
let dispose: () => Promise<void>;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "alinha-sql-"));
  url = `file:${path.join(dir, "s.db")}`;
  db = await openSqlite(url);
  prisma = db.prisma;
  await prisma.$executeRawUnsafe(`CREATE TABLE "t" ("id" TEXT PRIMARY KEY, "at" DATETIME, "ok" BOOLEAN)`);
  // The stock @libsql/client under Prisma's adapter: what a libsql:// URL gets.
  const adapter = await new PrismaLibSQL({ url }).connect();
  viaAdapter = new AdapterSql(adapter);
  dispose = () => adapter.dispose();
});

afterEach(async () => {
  await dispose();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("plain SQL on the embedded database", () => {
  it("goes straight to the kept-statement client for a file database", () => {
    expect(db.sql).toBeInstanceOf(ClientSql);
  });

  it("stores dates and booleans exactly as Prisma's adapter does, so Prisma reads the rows back", async () => {
    const at = new Date("2026-11-23T10:00:00.123Z");
    await db.sql.execute(`INSERT INTO "t" ("id", "at", "ok") VALUES (?, ?, ?)`, ["direct", at, true]);
    await viaAdapter.execute(`INSERT INTO "t" ("id", "at", "ok") VALUES (?, ?, ?)`, ["adapter", at, true]);
    const stored = await prisma.$queryRawUnsafe<{ id: string; at: string; ok: number }[]>(`SELECT "id", CAST("at" AS TEXT) AS "at", "ok" + 0 AS "ok" FROM "t" ORDER BY "id"`);
    expect(stored).toEqual([{ id: "adapter", at: "2026-11-23T10:00:00.123+00:00", ok: 1 }, { id: "direct", at: "2026-11-23T10:00:00.123+00:00", ok: 1 }]);
    const typed = await prisma.$queryRawUnsafe<{ at: Date }[]>(`SELECT "at" FROM "t" WHERE "id" = 'direct'`);
    expect(typed[0]!.at).toEqual(at);
  });

  it("commits a transaction that resolves and leaves nothing of one that throws", async () => {
    for (const sql of [db.sql, viaAdapter]) {
      const name = sql.constructor.name;
      await sql.transaction((tx) => tx.execute(`INSERT INTO "t" ("id") VALUES (?)`, [`${name} kept`]));
      await expect(sql.transaction(async (tx) => {
        await tx.execute(`INSERT INTO "t" ("id") VALUES (?)`, [`${name} dropped`]);
        throw new Error("changed my mind");
      })).rejects.toThrow("changed my mind");
    }
    const ids = (await db.sql.query(`SELECT "id" FROM "t" ORDER BY "id"`)).map((r) => r["id"]);
    expect(ids).toEqual(["AdapterSql kept", "ClientSql kept"]);
  });
});
