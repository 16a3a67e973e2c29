// Two API processes on one database (two apps, each with its own connections and, on
// PostgreSQL, its own LISTEN connection): what one changes, the other must not keep serving
// from a stale copy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedSpellers } from "../api/terms/term-cache.ts";
import { Client, logIn, startTestServer, type TestServer } from "../test-support/test-server.ts";

let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  // Built once (about half a second of this thread, both servers' included) before any timing.
  sharedSpellers();
  a = await startTestServer();
  b = await startTestServer({ sameDatabaseAs: a });
});

afterAll(async () => {
  await b?.close();
  await a?.close();
});

/** Polls `probe` until it holds; the time it took, or a failure after `ms`. */
async function within(ms: number, probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not seen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("two API processes on one database", () => {
  it("a logout on one ends the session on the other within a second", async () => {
    const onA = await logIn(new Client(a.url), "translator");
    const onB = new Client(b.url);
    onB.cookie = onA.cookie;
    // B has looked the session up (and keeps it for 30 s unless told otherwise).
    expect((await onB.get("/api/auth/me")).status).toBe(200);
    expect((await onA.post("/api/auth/logout")).status).toBe(204);
    expect(await within(1000, async () => (await onB.get("/api/auth/me")).status === 401)).toBeLessThan(1000);
  });

  it("a settings change on one is what the other serves and checks with within a second", async () => {
    const editorA = await a.as("editor");
    const editorB = await b.as("editor");
    expect((await editorB.get("/api/settings")).body.settings.variant).toBe("pt-BR");
    expect((await editorA.patch("/api/settings", { variant: "pt-PT" })).status).toBe(200);
    expect(await within(1000, async () => (await editorB.get("/api/settings")).body.settings.variant === "pt-PT")).toBeLessThan(1000);
    await editorA.patch("/api/settings", { variant: "pt-BR" });
    await within(1000, async () => (await editorB.get("/api/settings")).body.settings.variant === "pt-BR");
  });

  it("a term added on one is in the other's checks within a second", async () => {
    const editorA = await a.as("editor");
    const inB = async () => (await b.ctx.terms.checkOptions("pt-BR")).terms.map((t) => t.term);
    expect(await inB()).not.toContain("Anthropic Two");
    expect((await editorA.post("/api/terms", { term: "Anthropic Two", kind: "organisation" })).status).toBe(201);
    expect(await within(1000, async () => (await inB()).includes("Anthropic Two"))).toBeLessThan(1000);
  });
});
