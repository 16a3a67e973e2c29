// Deleting a document moves it to a trash an admin can restore from for 30 days, with its pairs,
// history, flags and comments as they were; purging deletes it for good and shrinks the file.
import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../../../test-support/sample.ts";
import { databaseFile } from "../../../db/paths.ts";
import { testEngine } from "../../../test-support/test-database.ts";
import { Client, logIn, startTestServer, type TestServer } from "../../../test-support/test-server.ts";

const DAY = 24 * 3600 * 1000;
let clock = Date.parse("2026-12-06T10:00:00Z");
let server: TestServer;
let translator: Client;
let editor: Client;
let admin: Client;

beforeAll(async () => {
  server = await startTestServer({ app: { now: () => clock } });
  translator = await logIn(new Client(server.url), "translator");
  editor = await logIn(new Client(server.url), "editor");
  admin = await logIn(new Client(server.url), "admin");
});
afterAll(() => server.close());

/** A document with an edit, a comment and an approval, so there is history to lose. */
async function workedOn(title: string) {
  const { id, pairs } = await importedDocument(translator, { title, pt: SAMPLE_PT, en: SAMPLE_EN });
  const pair = pairs[0]!;
  await translator.patch(`/api/pairs/${pair.id}`, { ptText: "O economista Noah Smith escreveu sobre a IA.", version: 1 });
  await translator.post(`/api/pairs/${pair.id}/comments`, { body: "Nome corrigido." });
  await editor.post(`/api/pairs/${pair.id}/approve`, { version: 2 });
  const detail = (await translator.get(`/api/pairs/${pair.id}`)).body;
  const listed = (await translator.get(`/api/documents/${id}/pairs`)).body.pairs;
  return { id, pair, detail, listed };
}

const titles = async () => (await translator.get("/api/documents")).body.documents.map((d: { title: string }) => d.title);

describe("the trash", () => {
  it("delete moves a document out of every read into the trash; an admin restores it whole, same ids", async () => {
    const { id, pair, detail, listed } = await workedOn("Para o lixo");
    const del = await admin.delete(`/api/documents/${id}`);
    expect(del.status).toBe(204);
    expect(await titles()).not.toContain("Para o lixo");
    expect((await translator.get(`/api/documents/${id}`)).status).toBe(404);
    expect((await translator.get(`/api/pairs/${pair.id}`)).status).toBe(404);
    expect((await translator.get(`/api/documents/${id}/export?format=tmx`)).status).toBe(404);
    expect((await translator.post("/api/replace/preview", { find: "Noah Smith", replace: "X" })).body.matches.filter((m: { documentId: string }) => m.documentId === id)).toEqual([]);

    const trash = await admin.get("/api/trash");
    expect(trash.status).toBe(200);
    const entry = trash.body.documents.find((d: { id: string }) => d.id === id);
    expect(entry).toMatchObject({ title: "Para o lixo", pairCount: listed.length, deletedBy: "Test admin" });
    expect(Date.parse(entry.purgeAt) - Date.parse(entry.deletedAt)).toBe(30 * DAY);

    const restored = await admin.post(`/api/trash/${id}/restore`);
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body.document).toMatchObject({ id, title: "Para o lixo", pairCount: listed.length });
    expect((await translator.get(`/api/documents/${id}/pairs`)).body.pairs).toEqual(listed);
    expect((await translator.get(`/api/pairs/${pair.id}`)).body).toEqual(detail);
    expect((await admin.get("/api/trash")).body.documents.map((d: { id: string }) => d.id)).not.toContain(id);
    // Work goes on where it stopped: the version is the one it had. (The pair is approved, so
    // an editor changes it: a translator would get 403 until it is reopened, issue 16.)
    expect((await editor.patch(`/api/pairs/${pair.id}`, { ptText: "Depois.", version: detail.pair.version })).status).toBe(200);
  });

  it("is for admins only", async () => {
    const { id } = await workedOn("Só admin");
    expect((await editor.delete(`/api/documents/${id}`)).status).toBe(403);
    await admin.delete(`/api/documents/${id}`);
    for (const [method, path] of [["GET", "/api/trash"], ["POST", `/api/trash/${id}/restore`], ["DELETE", `/api/trash/${id}`]] as const) {
      const res = await editor.request(method, path, method === "POST" ? {} : undefined);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    expect((await admin.post(`/api/trash/${id}/restore`)).status).toBe(200);
  });

  it("forgets documents after 30 days: they can no longer be restored", async () => {
    const { id } = await workedOn("Velho");
    await admin.delete(`/api/documents/${id}`);
    clock += 29 * DAY;
    expect((await admin.get("/api/trash")).body.documents.map((d: { id: string }) => d.id)).toContain(id);
    clock += 2 * DAY;
    expect((await admin.get("/api/trash")).body.documents.map((d: { id: string }) => d.id)).not.toContain(id);
    expect((await admin.post(`/api/trash/${id}/restore`)).status).toBe(404);
  });

  it("purging deletes for good (and compacts the file on SQLite)", async () => {
    // VACUUM and the file's size are SQLite's; PostgreSQL reclaims the room with its own autovacuum.
    const file = testEngine() === "sqlite" ? databaseFile(server.db.url)! : undefined;
    const checkpoint = () => server.ctx.sql.query("PRAGMA wal_checkpoint(TRUNCATE)");
    const big = Array.from({ length: 400 }, (_, i) => `Frase número ${i} de um documento grande, com texto bastante para ocupar páginas.`).join(" ");
    const { id } = await importedDocument(translator, { title: "Grande", pt: big, en: big });
    if (file) await checkpoint();
    const full = file ? statSync(file).size : 0;
    await admin.delete(`/api/documents/${id}`);
    if (file) {
      await checkpoint();
      // In the trash it still takes its room (it can be restored).
      expect(statSync(file).size).toBeGreaterThanOrEqual(full * 0.9);
    }
    const purged = await admin.delete(`/api/trash/${id}`);
    expect(purged.status).toBe(204);
    if (file) expect(statSync(file).size).toBeLessThan(full * 0.8);
    expect((await admin.get("/api/trash")).body.documents.map((d: { id: string }) => d.id)).not.toContain(id);
    expect((await admin.post(`/api/trash/${id}/restore`)).status).toBe(404);
    expect((await admin.delete(`/api/trash/${id}`)).status).toBe(404);
  });

});
