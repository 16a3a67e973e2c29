// The background warm-up of documents (document-warm-up.ts) on two API processes over one
// database: what one imports, the other checks ahead; and what it checked ahead never stands in
// for a save's own checks, so a glossary change made meanwhile still decides a save's flags.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedSpellers } from "../../terms/term-cache.ts";
import { DocumentWarmUp } from "../document-warm-up.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { startTestServer, type TestServer } from "../../../test-support/test-server.ts";

let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  sharedSpellers();
  a = await startTestServer();
  b = await startTestServer({ sameDatabaseAs: a });
  // As main.ts sets it up; the other process (A) has none, as a job worker has none.
  b.ctx.warmUp = new DocumentWarmUp(b.ctx);
});

afterAll(async () => {
  b?.ctx.warmUp?.close();
  await b?.close();
  await a?.close();
});

/** Polls until `probe` holds, or fails after `ms`. */
async function until(ms: number, probe: () => boolean | Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > ms) throw new Error(`not seen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const PT = Array.from({ length: 12 }, (_, k) => `O correio número ${k + 1} chegou ontem à tarde. Mande um e-mail ao gerente ${k + 1}.`).join("\n\n");
const EN = Array.from({ length: 12 }, (_, k) => `Mail number ${k + 1} arrived yesterday afternoon. Send an email to manager ${k + 1}.`).join("\n\n");

describe("checking documents ahead in the background", () => {
  it("checks the pairs of a document imported on another process before anyone saves there", async () => {
    const warmUp = b.ctx.warmUp!;
    const before = warmUp.checked;
    const editorA = await a.as("editor");
    const { pairs } = await importedDocument(editorA, { title: "warm-up import", pt: PT, en: EN });
    await until(5000, () => warmUp.checked >= before + pairs.filter((p) => p.ptText !== "").length);
    await warmUp.idle();
  });

  it("leaves a save's flags to the save: a term forbidden after the warm-up flags the next save on the warmed process", async () => {
    const editorA = await a.as("editor");
    const editorB = await b.as("editor");
    const { pairs } = await importedDocument(editorA, { title: "warm-up glossary", pt: PT, en: EN });
    await until(5000, () => b.ctx.warmUp!.checked > 0);
    await b.ctx.warmUp!.idle();
    const pair = pairs.find((p) => p.ptText.includes("e-mail"))!;
    const unflagged = await editorB.patch(`/api/pairs/${pair.id}`, { ptText: `${pair.ptText} Hoje.`, version: pair.version });
    expect(unflagged.status).toBe(200);
    expect(unflagged.body.pair.flags.map((f: { code: string }) => f.code)).not.toContain("consistency-glossary");
    // Forbidden on A; B hears it (the two-processes test holds that to a second) and its next save is checked with it.
    expect((await editorA.post("/api/terms", { term: "e-mail", policy: "forbidden", replacement: "correio eletrônico" })).status).toBe(201);
    await until(1000, async () => (await b.ctx.terms.checkOptions("pt-BR")).terms.some((t) => t.term === "e-mail"));
    const flagged = await editorB.patch(`/api/pairs/${pair.id}`, { ptText: `${unflagged.body.pair.ptText} Amanhã.`, version: unflagged.body.pair.version });
    expect(flagged.status).toBe(200);
    expect(flagged.body.pair.flags.map((f: { code: string }) => f.code)).toContain("consistency-glossary");
    expect((await b.prisma.pair.findUnique({ where: { id: pair.id }, include: { flags: true } }))!.flags.map((f) => f.code)).toContain("consistency-glossary");
  });

  it("warms the part of a document a save reaches, once", async () => {
    const editorA = await a.as("editor");
    const { id, pairs } = await importedDocument(editorA, { title: "warm-up touch", pt: PT, en: EN });
    // The import's announcement is past (on PostgreSQL it may come from B's job worker, a moment later).
    await new Promise((r) => setTimeout(r, 300));
    const warmUp = new DocumentWarmUp(a.ctx);
    try {
      const start = warmUp.checked;
      const { index } = pairs.find((p) => p.ptText !== "")!;
      warmUp.touched(id, index);
      warmUp.touched(id, index);
      await warmUp.idle();
      const once = warmUp.checked - start;
      expect(once).toBe(pairs.filter((p) => p.ptText !== "").length);
      warmUp.touched(id, index);
      await warmUp.idle();
      expect(warmUp.checked - start).toBe(once);
    } finally {
      warmUp.close();
    }
  });
});
