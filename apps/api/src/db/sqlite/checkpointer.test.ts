import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../database.ts";
import { openSqlite } from "./open.ts";
import { startCheckpointer, type Checkpointer } from "./checkpointer.ts";

let dir: string;
let file: string;
let prisma: Db;
let checkpointer: Checkpointer | undefined;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "alinha-checkpointer-"));
  file = path.join(dir, "c.db");
  prisma = (await openSqlite(`file:${file}`)).prisma;
  await prisma.$executeRawUnsafe(`CREATE TABLE "t" ("v" TEXT)`);
});

afterEach(async () => {
  await checkpointer?.stop();
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

async function writeMegabytes(n: number): Promise<void> {
  const chunk = "x".repeat(100_000);
  for (let i = 0; i < n * 10; i++) await prisma.$executeRawUnsafe(`INSERT INTO "t" ("v") VALUES (?)`, chunk);
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, 50))) if (condition()) return true;
  return condition();
}

describe("background checkpoints", () => {
  it("copy committed pages into the database file without the server's connection doing it", async () => {
    checkpointer = await startCheckpointer(prisma, `file:${file}`, (err) => { throw err; });
    expect(checkpointer).toBeDefined();
    expect(await prisma.$queryRawUnsafe(`PRAGMA wal_autocheckpoint`)).toEqual([{ wal_autocheckpoint: 0 }]);
    const before = statSync(file).size;
    await writeMegabytes(2);
    expect(await until(() => statSync(file).size > before + 1_500_000, 3000)).toBe(true);
  });

  it("gives the checkpoints back to the connection when stopped", async () => {
    checkpointer = await startCheckpointer(prisma, `file:${file}`, (err) => { throw err; });
    await checkpointer!.stop();
    expect(await prisma.$queryRawUnsafe(`PRAGMA wal_autocheckpoint`)).toEqual([{ wal_autocheckpoint: 1000 }]);
  });

  it("does nothing for an in-memory database", async () => {
    expect(await startCheckpointer(prisma, "file::memory:", () => {})).toBeUndefined();
  });
});
