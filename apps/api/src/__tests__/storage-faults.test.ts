// A database that refuses writes (read-only, full) answers every write, login included, with 503
// problem+json and Retry-After, keeps serving reads, logs the fault once, and recovers without a
// restart once the fault is gone. SQLite's own switches stand in for the operator's mistakes, as
// they work the same for root (whom file permissions do not stop): `PRAGMA query_only` makes the
// connection read-only (SQLITE_READONLY), and `PRAGMA max_page_count` caps the file at its
// current size (SQLITE_FULL, as a full disk gives). Starting on a read-only file is tested with a
// real one, opened by an unprivileged user.
import { spawn } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { StorageHealth, storageFaultKind } from "../common/storage-fault.ts";
import { importedDocument } from "../test-support/imported-document.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../test-support/sample.ts";
import { testEngine } from "../test-support/test-database.ts";
import { Client, logIn, startTestServer, type Reply, type TestServer } from "../test-support/test-server.ts";

/** The faults are made with SQLite's own switches and a read-only file; the classifier's PostgreSQL codes are checked below. */
const onSqlite = testEngine() === "sqlite";

const logged: { level: number; msg: string }[] = [];
const logger = pino({ level: "warn" }, { write: (line: string) => void logged.push(JSON.parse(line)) });
let server: TestServer;
let translator: Client;
let admin: Client;

beforeAll(async () => {
  server = await startTestServer({ app: { logger, storageHealth: new StorageHealth(logger) } });
  translator = await logIn(new Client(server.url), "translator");
  admin = await logIn(new Client(server.url), "admin");
});
afterAll(() => server.close());

function expectUnavailable(res: Reply, title: string): void {
  expect(res.status, res.text).toBe(503);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(res.body).toMatchObject({ status: 503, title });
}

const faultLines = () => logged.filter((l) => /storage fault/.test(l.msg)).length;
/** Error-level lines of any kind (the request log included): a fault must not write one per request. */
const errorLines = () => logged.filter((l) => l.level >= 50).length;
const recoveryLines = () => logged.filter((l) => /storage recovered/.test(l.msg)).length;

describe("storage faults", () => {
  it.skipIf(!onSqlite)("read-only: every write (login too) gets 503, reads are served, logged once, recovers without restart", { timeout: 120_000 }, async () => {
    const { id, pairs } = await importedDocument(translator, { title: "Só leitura", pt: SAMPLE_PT, en: SAMPLE_EN });
    const pair = pairs[0]!;
    const before = faultLines();
    const errorsBefore = errorLines();
    await server.ctx.sql.execute("PRAGMA query_only = 1");
    try {
      expectUnavailable(await translator.patch(`/api/pairs/${pair.id}`, { ptText: "Texto novo.", version: 1 }), "Storage is read-only");
      expectUnavailable(await translator.post(`/api/pairs/${pair.id}/comments`, { body: "Comentário" }), "Storage is read-only");
      expectUnavailable(await translator.postJob("/api/documents", { title: "Novo", pt: SAMPLE_PT }), "Storage is read-only");
      expectUnavailable(await admin.delete(`/api/documents/${id}`), "Storage is read-only");
      expectUnavailable(await server.anonymous().post("/api/auth/login", { username: "editor", password: "editor" }), "Storage is read-only");
      // Reads still work, with the session the user already had.
      expect((await translator.get(`/api/documents/${id}/pairs`)).status).toBe(200);
      expect((await translator.get(`/api/pairs/${pair.id}`)).body.pair.ptText).toBe(pair.ptText);
      expect((await translator.get(`/api/documents/${id}/export?format=tmx`)).status).toBe(200);
      expect(faultLines() - before).toBe(1);
      expect(errorLines() - errorsBefore).toBe(1);
    } finally {
      await server.ctx.sql.execute("PRAGMA query_only = 0");
    }
    const edit = await translator.patch(`/api/pairs/${pair.id}`, { ptText: "Texto novo.", version: 1 });
    expect(edit.status).toBe(200);
    expect(edit.body.pair).toMatchObject({ ptText: "Texto novo.", version: 2 });
    expect(recoveryLines()).toBeGreaterThanOrEqual(1);
    expect((await server.anonymous().post("/api/auth/login", { username: "editor", password: "editor" })).status).toBe(200);
  });

  it.skipIf(!onSqlite)("full: writes that need space get 503 'Storage is full', nothing is half-written, and it recovers", { timeout: 120_000 }, async () => {
    const { id } = await importedDocument(translator, { title: "Cheio", pt: SAMPLE_PT, en: SAMPLE_EN });
    const [row] = await server.ctx.sql.query("PRAGMA page_count");
    const pages = Number(Object.values(row!)[0]);
    const before = faultLines();
    const [max] = await server.ctx.sql.query(`PRAGMA max_page_count = ${pages}`);
    expect(Number(Object.values(max!)[0])).toBe(pages);
    const titles = async () => (await translator.get("/api/documents")).body.documents.map((d: { title: string }) => d.title);
    try {
      const big = SAMPLE_PT.repeat(400);
      expectUnavailable(await translator.postJob("/api/documents", { title: "Grande demais", pt: big }), "Storage is full");
      expectUnavailable(await translator.postJob("/api/documents", { title: "Grande demais 2", pt: big }), "Storage is full");
      expect(faultLines() - before).toBe(1);
      expect(await titles()).not.toContain("Grande demais");
      expect((await translator.get(`/api/documents/${id}`)).status).toBe(200);
    } finally {
      await server.ctx.sql.query("PRAGMA max_page_count = 4294967294");
    }
    const res = await translator.postJob("/api/documents", { title: "Grande demais", pt: SAMPLE_PT.repeat(400) });
    expect(res.status, res.text).toBe(201);
    expect(await titles()).toContain("Grande demais");
  });

  it("knows the faults by the errors SQLite, Node and Prisma give", () => {
    expect(storageFaultKind(Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" }))).toBe("read-only");
    expect(storageFaultKind({ message: "Invalid `prisma.session.create()` invocation", cause: { kind: "sqlite", originalMessage: "database or disk is full" } })).toBe("full");
    expect(storageFaultKind(Object.assign(new Error("write ENOSPC"), { code: "ENOSPC" }))).toBe("full");
    expect(storageFaultKind(Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR_WRITE" }))).toBe("io");
    expect(storageFaultKind(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe("unreachable");
    // PostgreSQL's, as pg gives them and as Prisma's adapter wraps them (SQLSTATE in `code`).
    expect(storageFaultKind(Object.assign(new Error("cannot execute INSERT in a read-only transaction"), { code: "25006" }))).toBe("read-only");
    expect(storageFaultKind({ message: "Invalid `prisma.session.create()` invocation", meta: { driverAdapterError: { cause: { kind: "postgres", code: "53100", message: "could not extend file \"base/16384/2619\": No space left on device" } } } })).toBe("full");
    expect(storageFaultKind(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe("unreachable");
    expect(storageFaultKind(Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" }))).toBeUndefined();
    expect(storageFaultKind(new Error("Unique constraint failed"))).toBeUndefined();
    // multer's upload limit says "File too large" too: the client's, not the disk's.
    expect(storageFaultKind(Object.assign(new Error("File too large"), { code: "LIMIT_FILE_SIZE" }))).toBeUndefined();
  });
});

describe.skipIf(!onSqlite)("starting on a database that cannot be written", () => {
  it("fails at once with a message that says so", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "alinha-readonly-"));
    const file = path.join(dir, "alinha.db");
    copyFileSync(inject("templateDb"), file);
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    // Root ignores file permissions: run the server as an unprivileged user, as a real one would.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      const child = spawn(path.resolve("node_modules/.bin/tsx"), ["src/main.ts"], {
        cwd: path.resolve("."), ...asUser,
        env: { ...process.env, DATABASE_URL: `file:${file}`, ALINHA_SKIP_SETUP: "1", PORT: "0", LOG_LEVEL: "info", TSX_DISABLE_CACHE: "1", HOME: dir },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      let stdout = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(code, stderr).toBe(1);
      expect(stderr).toContain(`the database at ${file} cannot be written`);
      expect(stderr).toMatch(/read-only|cannot be opened/);
      // "At once": before the warm-up and before listening, not at the first save.
      expect(stdout).not.toMatch(/Alinha on http/);
    } finally {
      chmodSync(dir, 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
