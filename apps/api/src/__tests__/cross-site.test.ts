// State-changing requests from another site's page are refused with 403 before anything is read
// or written; the app's own pages and clients that are not browsers (no Origin, no
// Sec-Fetch-Site: curl, the CLI) keep working.
import { describe, expect, it } from "vitest";
import { SAMPLE_EN, SAMPLE_PT } from "../test-support/sample.ts";
import { useTestServer } from "../test-support/use-test-server.ts";

const server = useTestServer("translator");
const { translator } = server;

async function titles(): Promise<string[]> {
  return (await translator.get("/api/documents")).body.documents.map((d: { title: string }) => d.title);
}

function upload(title: string): FormData {
  const form = new FormData();
  form.set("title", title);
  form.set("pt", new Blob([SAMPLE_PT]), "pt.txt");
  form.set("en", new Blob([SAMPLE_EN]), "en.txt");
  return form;
}

describe("cross-site requests", () => {
  it("refuses a multipart upload from another origin with 403 problem+json and stores nothing", async () => {
    const res = await translator.request("POST", "/api/documents", upload("Malicioso"), { origin: "http://evil.example" });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 403, title: "Cross-site request refused", detail: expect.stringContaining("http://evil.example") });
    expect(await titles()).not.toContain("Malicioso");
  });

  it.each([["cross-site"], ["same-site"]])("refuses Sec-Fetch-Site: %s on JSON routes and login", async (site) => {
    const edit = await translator.request("POST", "/api/documents", { title: "Outro sítio", pt: SAMPLE_PT }, { "sec-fetch-site": site });
    expect(edit.status).toBe(403);
    const login = await server.anonymous().request("POST", "/api/auth/login", { username: "translator", password: "translator" }, { "sec-fetch-site": site });
    expect(login.status).toBe(403);
    expect(login.headers.get("set-cookie")).toBeNull();
    expect(await titles()).not.toContain("Outro sítio");
  });

  it("refuses Origin: null (sandboxed frames, data: pages)", async () => {
    const res = await translator.request("POST", "/api/auth/logout", undefined, { origin: "null" });
    expect(res.status).toBe(403);
  });

  it("accepts the app's own pages: same Origin, or Sec-Fetch-Site same-origin (also behind a proxy that rewrites Host)", async () => {
    const own = await translator.postJob("/api/documents", upload("Mesma origem"), { origin: server.url });
    expect(own.status, own.text).toBe(201);
    const proxied = await translator.postJob("/api/documents", { title: "Pelo proxy", pt: SAMPLE_PT }, { "sec-fetch-site": "same-origin", origin: "http://localhost:5173" });
    expect(proxied.status, proxied.text).toBe(201);
    const typed = await server.anonymous().request("POST", "/api/auth/login", { username: "translator", password: "translator" }, { "sec-fetch-site": "none" });
    expect(typed.status).toBe(200);
  });

  it("accepts clients that are not browsers (no Origin, no Sec-Fetch-Site), as the CLI and curl", async () => {
    const res = await translator.postJob("/api/documents", { title: "Linha de comando", pt: SAMPLE_PT });
    expect(res.status).toBe(201);
  });

  it("lets another site read nothing it could not anyway, but does not block reads", async () => {
    const res = await translator.request("GET", "/api/documents", undefined, { origin: "http://evil.example", "sec-fetch-site": "cross-site" });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
