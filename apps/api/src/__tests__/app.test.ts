import { getDocument, listDocuments } from "@alinha/corpus";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { useTestServer } from "../test-support/use-test-server.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../test-support/sample.ts";

const server = useTestServer("translator");
const { translator } = server;

describe("OpenAPI", () => {
  it("describes every route from the validating schemas", async () => {
    const res = await server.anonymous().get("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const paths = Object.keys(res.body.paths);
    for (const p of ["/api/auth/login", "/api/documents", "/api/documents/{id}/pairs", "/api/pairs/{id}", "/api/pairs/{id}/split", "/api/replace/apply", "/api/terms/{id}", "/api/documents/{id}/export", "/api/checks"]) {
      expect(paths).toContain(p);
    }
    const edit = res.body.paths["/api/pairs/{id}"].patch;
    expect(edit.requestBody.content["application/json"].schema.$ref).toBe("#/components/schemas/EditPairBody");
    expect(res.body.components.schemas.EditPairBody.required).toEqual(["ptText", "version"]);
    expect(Object.keys(edit.responses)).toEqual(expect.arrayContaining(["200", "409"]));
  });
});

describe("export", () => {
  it("downloads every format as an attachment, with only approved pairs when asked", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Exportação", pt: SAMPLE_PT, en: SAMPLE_EN })).body.document;
    const pairs = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs;
    const editor = await server.as("editor");
    await editor.post(`/api/pairs/${pairs[1].id}/approve`, { version: 1 });
    for (const format of ["tmx", "xliff", "tsv", "html", "md", "txt"]) {
      const res = await translator.get(`/api/documents/${doc.id}/export?format=${format}&scope=all`);
      expect(res.status, format).toBe(200);
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="exportacao\.\w+"$/);
      expect(res.text).toContain("preço caiu pela metade");
    }
    const approved = await translator.get(`/api/documents/${doc.id}/export?format=tsv&scope=approved`);
    expect(approved.text).toContain(pairs[1].ptText);
    expect(approved.text).not.toContain(pairs[0].ptText);
    expect((await translator.get(`/api/documents/${doc.id}/export?format=pdf`)).status).toBe(422);
    expect((await translator.get(`/api/documents/missing/export?format=tmx`)).status).toBe(404);
  });

  it("writes a document read a page of pairs at a time whole and in order", async () => {
    const largest = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => b.pt.length - a.pt.length)[0]!;
    const doc = (await translator.postJob("/api/documents", { title: "Longo", pt: `${largest.pt}\n\n${largest.pt}`, en: `${largest.en}\n\n${largest.en}` })).body.document;
    // More pairs than one page (export-document.ts reads 150 at a time).
    expect(doc.pairCount).toBeGreaterThan(500);
    const pairs = (await translator.get(`/api/documents/${doc.id}/pairs?limit=5000`)).body.pairs as { ptText: string }[];
    const text = (await translator.get(`/api/documents/${doc.id}/export?format=txt&scope=all`)).text;
    let at = 0;
    for (const [k, p] of pairs.entries()) {
      if (!p.ptText) continue;
      const found = text.indexOf(p.ptText, at);
      expect(found, `pair ${k} in order`).toBeGreaterThanOrEqual(at);
      at = found + p.ptText.length;
    }
  });
});

describe("checks", () => {
  it("lists the aligner's checks with their family and severity", async () => {
    const res = await translator.get("/api/checks");
    expect(res.status).toBe(200);
    expect(res.body.checks.length).toBeGreaterThan(10);
    expect(res.body.checks).toContainEqual(expect.objectContaining({ id: expect.stringMatching(/^entity/), family: "entity", severity: expect.stringMatching(/^(error|warning|info)$/), name: expect.any(String) }));
  });
});

describe("unexpected errors", () => {
  it("answers 500 as problem+json without the error's message or stack", async () => {
    const failing = new Proxy({}, { get: () => { throw new Error("SQLITE_CORRUPT at /secret/path/db.ts:12"); } });
    const app = createApp({ db: { engine: "sqlite", prisma: failing, sql: failing, changes: { subscribe: () => () => {}, publish: async () => {} } } as never });
    const listener = app.listen(0, "127.0.0.1");
    await new Promise((r) => listener.once("listening", r));
    try {
      const res = await fetch(`http://127.0.0.1:${(listener.address() as AddressInfo).port}/api/documents`, { headers: { cookie: "alinha_session=whatever" } });
      expect(res.status).toBe(500);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ status: 500, title: "Internal error" });
      expect(text).not.toMatch(/SQLITE|secret|\.ts:/);
    } finally {
      listener.close();
    }
  });
});

describe("request logs", () => {
  it("write one line per request without the session cookie", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    const app = createApp({ db: server.db, logger });
    const listener = app.listen(0, "127.0.0.1");
    await new Promise((r) => listener.once("listening", r));
    try {
      await fetch(`http://127.0.0.1:${(listener.address() as AddressInfo).port}/api/documents`, { headers: { cookie: translator.cookie } });
      const token = translator.cookie.split("=")[1]!;
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({ req: { method: "GET", url: "/api/documents" }, res: { status: 200 }, user: "translator" });
      expect(lines[0]).not.toContain(token);
    } finally {
      listener.close();
    }
  });
});

describe("routing", () => {
  it("answers unknown API routes with a problem+json 404", async () => {
    const res = await translator.get("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
  });

  it("serves the built web app with a fallback to index.html for its routes", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), "alinha-web-"));
    writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Alinha</title>");
    writeFileSync(path.join(dist, "app.js"), "console.log(1)");
    const app = createApp({ db: server.db, webDist: dist });
    const listener = app.listen(0, "127.0.0.1");
    await new Promise((r) => listener.once("listening", r));
    const base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${base}/app.js`)).text()).toBe("console.log(1)");
      const page = await fetch(`${base}/documents/123/review`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<title>Alinha</title>");
      expect((await fetch(`${base}/api/unknown`)).status).toBe(404);
    } finally {
      listener.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
