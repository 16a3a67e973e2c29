// Every mutating route, asked by each role: the role is enforced on the server, before the body
// is validated or anything is looked up. Requests target ids that do not exist (or carry an
// empty body), so a role that may act gets 404 or 422 and nothing changes.
import { describe, expect, it } from "vitest";
import type { Client } from "../test-support/test-server.ts";
import { useTestServer } from "../test-support/use-test-server.ts";

type Who = "anonymous" | "translator" | "editor" | "admin";
const WHO: Who[] = ["anonymous", "translator", "editor", "admin"];
const RANK = { translator: 1, editor: 2, admin: 3 } as const;

const server = useTestServer("translator", "editor", "admin");
const clients: Record<Who, Client> = { anonymous: server.anonymous(), translator: server.translator, editor: server.editor, admin: server.admin };

/** method, path, the least role, and what that role gets for a missing id or an empty body. */
const ROUTES: [string, string, keyof typeof RANK, number][] = [
  ["POST", "/api/documents", "translator", 422],
  ["DELETE", "/api/documents/missing", "admin", 404],
  ["POST", "/api/documents/missing/realign", "editor", 404],
  ["POST", "/api/documents/missing/recheck", "editor", 404],
  ["POST", "/api/documents/missing/approve", "editor", 422],
  ["PATCH", "/api/pairs/missing", "translator", 422],
  ["POST", "/api/pairs/missing/flags/f/apply", "translator", 422],
  ["POST", "/api/pairs/missing/flags/f/dismiss", "translator", 422],
  ["POST", "/api/pairs/missing/confirm", "translator", 422],
  ["POST", "/api/pairs/missing/approve", "editor", 422],
  ["POST", "/api/pairs/missing/reject", "editor", 422],
  ["POST", "/api/pairs/missing/merge-next", "translator", 422],
  ["POST", "/api/pairs/missing/split", "translator", 422],
  ["POST", "/api/pairs/missing/move", "translator", 422],
  ["POST", "/api/pairs/missing/revert", "translator", 422],
  ["POST", "/api/pairs/missing/comments", "translator", 422],
  ["POST", "/api/replace/preview", "translator", 422],
  ["POST", "/api/replace/apply", "translator", 422],
  ["POST", "/api/terms", "editor", 422],
  ["PATCH", "/api/terms/missing", "editor", 404],
  ["DELETE", "/api/terms/missing", "editor", 404],
  ["POST", "/api/trash/missing/restore", "admin", 404],
  ["DELETE", "/api/trash/missing", "admin", 404],
];

describe("roles on every mutating route", () => {
  const table = ROUTES.flatMap(([method, path, least, allowed]) =>
    WHO.map((who) => {
      const expected = who === "anonymous" ? 401 : RANK[who] >= RANK[least] ? allowed : 403;
      return { method, path, who, expected };
    }));
  it.each(table)("$method $path as $who → $expected", async ({ method, path, who, expected }) => {
    const res = await clients[who].request(method, path, method === "DELETE" ? undefined : {});
    expect(res.status).toBe(expected);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: expected, title: expect.any(String), detail: expect.any(String) });
  });
});

describe("bodies and parameters at the edge", () => {
  it("answers malformed JSON with a 400 problem", async () => {
    const res = await clients.translator.request("PATCH", "/api/pairs/missing", '{"ptText": "sem fim', { "content-type": "application/json" });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, detail: expect.stringMatching(/JSON/) });
  });

  it("answers a body over the limit with a 413 problem, on review routes and on import", async () => {
    const edit = await clients.translator.patch("/api/pairs/missing", { ptText: "a".repeat(2 * 1024 * 1024), version: 1 });
    expect(edit.status).toBe(413);
    expect(edit.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const huge = await clients.translator.postJob("/api/documents", { title: "Enorme", pt: "a".repeat(12 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const english = await clients.editor.post("/api/documents/missing/realign", { en: "a".repeat(5 * 1024 * 1024 + 1) });
    expect(english.status).toBe(413);
  });

  it("answers bodies the parsers cannot read (bad deflate, multipart without boundary) with a 400 problem, not a 500", async () => {
    const deflate = await clients.translator.request("PATCH", "/api/pairs/missing", "not deflated", { "content-type": "application/json", "content-encoding": "deflate" });
    expect(deflate.status).toBe(400);
    expect(deflate.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const multipart = await clients.translator.request("POST", "/api/documents", "az ]Y,p./O", { "content-type": "multipart/form-data" });
    expect(multipart.status).toBe(400);
    expect(multipart.body).toMatchObject({ status: 400, detail: expect.stringMatching(/multipart/i) });
  });

  it("checks the session before reading a document-sized body", async () => {
    const res = await clients.anonymous.postJob("/api/documents", { title: "Anónimo", pt: "a".repeat(12 * 1024 * 1024) });
    expect(res.status).toBe(401);
  });

  it("refuses overlong ids and bad query values with a 422 problem before any lookup", async () => {
    const long = "x".repeat(65);
    for (const path of [`/api/pairs/${long}`, `/api/documents/${long}`, `/api/documents/${long}/pairs`]) {
      const res = await clients.translator.get(path);
      expect(res.status, path).toBe(422);
      expect(res.body.issues[0].path).toBe("id");
    }
    const query = await clients.translator.get("/api/documents/missing/pairs?status=done");
    expect(query.status).toBe(422);
    expect(query.body.issues[0].path).toBe("status");
    const ids = await clients.editor.post("/api/documents/missing/approve", { pairIds: [long] });
    expect(ids.status).toBe(422);
  });
});
