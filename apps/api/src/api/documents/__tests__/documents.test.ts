import { describe, expect, it } from "vitest";
import { alignDocument } from "@alinha/aligner";
import { getDocument, listDocuments } from "@alinha/corpus";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../../../test-support/sample.ts";
import { refuseEditsContaining } from "../../../test-support/refuse-edits.ts";

const server = useTestServer("translator", "editor", "admin");
const { translator, editor, admin } = server;

function upload(parts: { title?: string; pt?: Uint8Array | string; en?: Uint8Array | string }): FormData {
  const form = new FormData();
  if (parts.title) form.set("title", parts.title);
  if (parts.pt !== undefined) form.set("pt", new Blob([parts.pt]), "doc.pt.txt");
  if (parts.en !== undefined) form.set("en", new Blob([parts.en]), "doc.en.txt");
  return form;
}

describe("import", () => {
  it("answers 202 with a job resource at once, which ends with the imported document", async () => {
    const accepted = await translator.post("/api/documents", { title: "Trabalho", pt: SAMPLE_PT, en: SAMPLE_EN });
    expect(accepted.status).toBe(202);
    const job = accepted.body.job;
    expect(job).toMatchObject({ kind: "import", state: expect.stringMatching(/^(queued|running|succeeded)$/), result: null, error: null, documentId: expect.any(String) });
    expect(job.progress).toBeGreaterThanOrEqual(0);
    expect(accepted.headers.get("location")).toBe(`/api/jobs/${job.id}`);
    const done = await translator.waitForJob(job.id);
    expect(done).toMatchObject({ state: "succeeded", progress: 1, error: null, result: { document: { id: job.documentId, title: "Trabalho", hasEnglish: true } } });
    expect((await translator.get(`/api/documents/${job.documentId}`)).status).toBe(200);
    expect((await translator.get("/api/jobs/nope")).status).toBe(404);
    expect((await server.anonymous().get(`/api/jobs/${job.id}`)).status).toBe(401);
  });

  it("imports JSON, aligning the Portuguese with the English into pairs with version 1", async () => {
    const res = await translator.postJob("/api/documents", { title: "Amostra", pt: SAMPLE_PT, en: SAMPLE_EN });
    expect(res.status).toBe(201);
    const doc = res.body.document;
    expect(doc).toMatchObject({ title: "Amostra", hasEnglish: true, builtIn: false });
    expect(doc.pairCount).toBeGreaterThanOrEqual(3);
    expect(doc.statusCounts.new).toBe(doc.pairCount);
    const pairs = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs;
    expect(pairs.map((p: { index: number }) => p.index)).toEqual(pairs.map((_: unknown, i: number) => i));
    expect(pairs[0].ptText).toContain("noé smith");
    expect(pairs[0].enText).toContain("Noah Smith");
    expect(pairs.every((p: { version: number; status: string }) => p.version === 1 && p.status === "new")).toBe(true);
    const detail = (await translator.get(`/api/pairs/${pairs[0].id}`)).body;
    expect(detail.edits).toEqual([expect.objectContaining({ version: 1, action: "import", after: pairs[0].ptText })]);
  });

  it("imports a multipart upload, decoding Windows-1252 files", async () => {
    const cp1252 = Uint8Array.from([...Buffer.from("A tradu"), 0xe7, 0xe3, 0x6f, ...Buffer.from(" ficou boa. O texto est"), 0xe1, ...Buffer.from(" pronto.")]);
    const res = await translator.postJob("/api/documents", upload({ title: "Latin-1", pt: cp1252 }));
    expect(res.status).toBe(201);
    const pairs = (await translator.get(`/api/documents/${res.body.document.id}/pairs`)).body.pairs;
    expect(pairs.map((p: { ptText: string }) => p.ptText).join(" ")).toContain("tradução ficou boa");
    expect(res.body.document.hasEnglish).toBe(false);
  });

  it("refuses empty text (422), binary files (415) and uploads over 5 MB (413)", async () => {
    const empty = await translator.postJob("/api/documents", { title: "Vazio", pt: "   \n " });
    expect(empty.status).toBe(422);
    expect(empty.headers.get("content-type")).toMatch(/problem\+json/);
    expect(empty.body.detail).toMatch(/empty/i);

    const binary = await translator.postJob("/api/documents", upload({ title: "PNG", pt: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]) }));
    expect(binary.status).toBe(415);
    expect(binary.body.detail).toMatch(/not a text file/);

    const big = await translator.postJob("/api/documents", upload({ title: "Big", pt: "a".repeat(5 * 1024 * 1024 + 1) }));
    expect(big.status).toBe(413);
    expect(big.body.title).toBe("Upload too large");

    const bigJson = await translator.postJob("/api/documents", { title: "Big", pt: "é".repeat(3 * 1024 * 1024) });
    expect(bigJson.status).toBe(413);

    const noTitle = await translator.postJob("/api/documents", { pt: SAMPLE_PT });
    expect(noTitle.status).toBe(422);
    expect(noTitle.body.issues[0].path).toBe("title");
  });

  it("refuses text that is neither UTF-8 nor Windows-1252 (422)", async () => {
    // Valid UTF-8 ("ção") next to a stray Latin-1 byte: a damaged file, not a cp1252 one.
    const damaged = Uint8Array.from([...Buffer.from("Tradução ok. "), 0xe9, ...Buffer.from(" fim.")]);
    const res = await translator.postJob("/api/documents", upload({ title: "Estragado", pt: damaged }));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ title: "Unreadable text" });
    expect(res.body.detail).toMatch(/byte/);
  });

  it("leaves no half-written document when an import fails while writing", async () => {
    const count = async () => [await server.prisma.document.count(), await server.prisma.pair.count(), await server.prisma.edit.count()];
    const before = await count();
    // Make the database refuse the history row of one sentence, after the document and its
    // pairs were written in the same transaction.
    const undo = await refuseEditsContaining(server.db, "BOOM");
    try {
      const res = await translator.postJob("/api/documents", { title: "Falha", pt: "Primeira frase. Segunda BOOM frase." });
      expect(res.status).toBe(500);
      expect(await count()).toEqual(before);
    } finally {
      await undo();
    }
  });

  it("imports the largest built-in document whole: every pair of the aligner stored in order", async () => {
    const largest = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => b.pt.length - a.pt.length)[0]!;
    const expected = alignDocument(largest.pt, largest.en);
    const res = await translator.postJob("/api/documents", { title: largest.meta.title, pt: largest.pt, en: largest.en });
    expect(res.status).toBe(201);
    expect(res.body.document.pairCount).toBe(expected.pairs.length);
    const stored = (await translator.get(`/api/documents/${res.body.document.id}/pairs?limit=5000`)).body.pairs as { ptText: string; enText: string }[];
    expect(stored.map((p) => p.ptText)).toEqual(expected.pairs.map((p) => p.ptText));
    expect(stored.map((p) => p.enText)).toEqual(expected.pairs.map((p) => p.enText));
  });
});

describe("documents", () => {
  it("lists documents with counts and 404s an unknown id", async () => {
    const list = await translator.get("/api/documents");
    expect(list.status).toBe(200);
    expect(list.body.documents.length).toBeGreaterThan(0);
    const missing = await translator.get("/api/documents/nope");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, title: "Not found" });
  });

  it("counts words per status on the English, and on the Portuguese without one", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Palavras", pt: "Um dois três quatro. Cinco seis.", en: "One two three. Four five six seven." })).body.document;
    const pairs = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs;
    expect(pairs.map((p: { enText: string }) => p.enText)).toEqual(["One two three.", "Four five six seven."]);
    expect(doc.wordCounts).toEqual({ new: 7, edited: 0, confirmed: 0, approved: 0, rejected: 0 });
    await translator.post(`/api/pairs/${pairs[1].id}/confirm`, { version: 1 });
    const after = (await translator.get(`/api/documents/${doc.id}`)).body.document;
    expect(after.wordCounts).toMatchObject({ new: 3, confirmed: 4 });
    const listed = (await translator.get("/api/documents")).body.documents.find((d: { id: string }) => d.id === doc.id);
    expect(listed.wordCounts).toEqual(after.wordCounts);
    const portuguese = (await translator.postJob("/api/documents", { title: "Só PT", pt: "O guarda-chuva custa 3.5 reais." })).body.document;
    expect(portuguese.wordCounts.new).toBe(5);
  });

  it("lets only an admin delete (403 for an editor), taking its pairs with it", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Apagar", pt: SAMPLE_PT })).body.document;
    const forbidden = await editor.delete(`/api/documents/${doc.id}`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).toMatch(/admin/);
    expect((await admin.delete(`/api/documents/${doc.id}`)).status).toBe(204);
    expect((await translator.get(`/api/documents/${doc.id}`)).status).toBe(404);
    expect(await server.prisma.pair.count({ where: { documentId: doc.id } })).toBe(0);
  });

  it("filters pairs by status, confidence and text in either language, with paging", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Filtros", pt: SAMPLE_PT, en: SAMPLE_EN })).body.document;
    const all = (await translator.get(`/api/documents/${doc.id}/pairs`)).body;
    const byEnglish = (await translator.get(`/api/documents/${doc.id}/pairs?q=${encodeURIComponent("price fell")}`)).body;
    expect(byEnglish.total).toBe(1);
    expect(byEnglish.pairs[0].ptText).toContain("preço");
    const accentless = (await translator.get(`/api/documents/${doc.id}/pairs?q=preco`)).body;
    expect(accentless.total).toBe(1);
    const page = (await translator.get(`/api/documents/${doc.id}/pairs?offset=1&limit=1`)).body;
    expect(page).toMatchObject({ total: all.total, offset: 1 });
    expect(page.pairs[0].id).toBe(all.pairs[1].id);
    const first = all.pairs[0];
    await editor.post(`/api/pairs/${first.id}/approve`, { version: first.version, override: { reason: "checked by hand" } });
    const approved = (await translator.get(`/api/documents/${doc.id}/pairs?status=approved`)).body;
    expect(approved.pairs.map((p: { id: string }) => p.id)).toEqual([first.id]);
    const low = (await translator.get(`/api/documents/${doc.id}/pairs?maxConfidence=0`)).body;
    expect(low.pairs.every((p: { confidence: number }) => p.confidence <= 0)).toBe(true);
    expect((await translator.get(`/api/documents/${doc.id}/pairs?limit=9000`)).status).toBe(422);
  });

  it("approves many pairs at once (editor only), reporting ids that are not in the document", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Lote", pt: SAMPLE_PT, en: SAMPLE_EN })).body.document;
    const pairs = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs as { id: string }[];
    expect((await translator.post(`/api/documents/${doc.id}/approve`, { pairIds: [pairs[0]!.id] })).status).toBe(403);
    const res = await editor.post(`/api/documents/${doc.id}/approve`, { pairIds: [...pairs.map((p) => p.id), "missing"], comment: "ok" });
    // The QA gate: the pair with "noé smith" (an open error flag) is skipped and said.
    const gated = (pairs as { id: string; index: number; flags: { severity: string; dismissed: boolean }[] }[]).filter((p) => p.flags.some((f) => f.severity === "error" && !f.dismissed));
    expect(gated.length).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ approved: pairs.length - gated.length, conflicts: ["missing"] });
    expect(res.body.skipped.map((s: { pairId: string }) => s.pairId)).toEqual(gated.map((p) => p.id));
    const summary = (await translator.get(`/api/documents/${doc.id}`)).body.document;
    expect(summary.statusCounts.approved).toBe(pairs.length - gated.length);

    // The skipped pairs, approved anyway with one reason: kept in each one's history with the codes it passed over.
    const skippedIds = res.body.skipped.map((s: { pairId: string }) => s.pairId) as string[];
    expect((await editor.post(`/api/documents/${doc.id}/approve`, { pairIds: skippedIds, override: { reason: "  " } })).status).toBe(422);
    const anyway = await editor.post(`/api/documents/${doc.id}/approve`, { pairIds: skippedIds, override: { reason: "Names checked against the source" }, comment: "batch 2" });
    expect(anyway.status).toBe(200);
    expect(anyway.body).toMatchObject({ approved: skippedIds.length, overridden: skippedIds.length, conflicts: [], skipped: [] });
    for (const [k, id] of skippedIds.entries()) {
      const detail = (await translator.get(`/api/pairs/${id}`)).body;
      expect(detail.pair.status).toBe("approved");
      const codes = res.body.skipped[k].codes as string[];
      expect(detail.edits.at(-1)).toMatchObject({ action: "approve", authorName: "Test editor" });
      expect(detail.edits.at(-1).note).toBe(`QA override (${codes.join(", ")}): Names checked against the source · batch 2`);
    }
    expect((await translator.get(`/api/documents/${doc.id}`)).body.document.statusCounts.approved).toBe(pairs.length);
  });

  it("re-aligns (editor), keeping reviewers' corrections and the old pairs' history", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Realinhar", pt: SAMPLE_PT })).body.document;
    expect(doc.hasEnglish).toBe(false);
    const [first] = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs;
    await translator.patch(`/api/pairs/${first.id}`, { ptText: first.ptText.replace("noé smith", "Noah Smith"), version: 1 });
    expect((await translator.postJob(`/api/documents/${doc.id}/realign`, { en: SAMPLE_EN })).status).toBe(403);
    const res = await editor.postJob(`/api/documents/${doc.id}/realign`, { en: SAMPLE_EN });
    expect(res.status).toBe(200);
    expect(res.body.document.hasEnglish).toBe(true);
    const pairs = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs;
    expect(pairs[0].ptText).toContain("Noah Smith");
    expect(pairs[0].enText).toContain("Noah Smith");
    const old = (await translator.get(`/api/pairs/${first.id}`)).body;
    expect(old.edits.map((e: { action: string }) => e.action)).toEqual(["import", "edit", "realign"]);
  });

  it("shows the alignment's document-level findings with the document (a Portuguese that covers only half the English)", async () => {
    const { pt, en, meta } = getDocument("amodei-ai-unicorn");
    const paras = pt.split(/\n\s*\n/u);
    const half = paras.slice(0, Math.floor(paras.length / 2)).join("\n\n");
    const res = await translator.postJob("/api/documents", { title: "Metade", pt: half, en });
    expect(res.status).toBe(201);
    const findings = res.body.document.alignmentFindings as { code: string; message: string }[];
    expect(findings.map((f) => f.code)).toContain("alignment.english-only");
    expect(alignDocument(half, en, { speakers: meta.speakers }).findings?.length).toBeGreaterThan(0);
    const whole = await translator.postJob("/api/documents", { title: "Inteiro", pt: SAMPLE_PT, en: SAMPLE_EN });
    expect(whole.body.document.alignmentFindings).toEqual([]);
  });

  it("re-aligns after a small change to the English keeping every untouched pair's status, comments and dismissals; the changed one is in review", async () => {
    const pt = `${SAMPLE_PT}\n\nOs reguladores ainda não decidiram nada. A conferência termina amanhã.`;
    const en = `${SAMPLE_EN}\n\nThe regulators have not decided anything yet. The conference ends tomorrow.`;
    const doc = (await translator.postJob("/api/documents", { title: "Revisado", pt, en })).body.document;
    type P = { id: string; version: number; ptText: string; enText: string; status: string; flags: { id: string; code: string; dismissed: boolean }[]; commentCount: number };
    const before: P[] = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs;
    const flagged = before.find((p) => p.flags.length > 0)!;
    expect(flagged).toBeDefined();
    const dismissedCode = flagged.flags[0]!.code;
    expect((await translator.post(`/api/pairs/${flagged.id}/flags/${flagged.flags[0]!.id}/dismiss`, { reason: "o nome está certo aqui" })).status).toBe(200);
    expect((await translator.post(`/api/pairs/${before[1]!.id}/comments`, { body: "conferido com o original" })).status).toBe(201);
    for (const p of (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs as P[]) {
      expect((await editor.post(`/api/pairs/${p.id}/approve`, { version: p.version })).status).toBe(200);
    }
    const changedEn = "The price fell by half.";
    expect(before.some((p) => p.enText === changedEn)).toBe(true);

    const res = await editor.postJob(`/api/documents/${doc.id}/realign`, { en: en.replace(changedEn, "The price dropped by half.") });
    expect(res.status).toBe(200);
    expect(res.body.realign).toEqual({ kept: before.length - 1, needsReview: 1, approvedToReview: 1, total: before.length });

    const after: P[] = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs;
    expect(after.map((p) => p.ptText)).toEqual(before.map((p) => p.ptText));
    for (const p of after) {
      if (p.enText === "The price dropped by half.") {
        expect(p.status).toBe("new");
        const detail = (await translator.get(`/api/pairs/${p.id}`)).body;
        expect(detail.edits.at(-1).note).toMatch(/was approved in pair/);
        continue;
      }
      // Untouched: the very same pair, approved, with its history going on.
      const old = before.find((b) => b.ptText === p.ptText)!;
      expect(p.id).toBe(old.id);
      expect(p.status).toBe("approved");
      const detail = (await translator.get(`/api/pairs/${p.id}`)).body;
      expect(detail.edits.map((e: { action: string }) => e.action)).toEqual(["import", ...(p.id === flagged.id ? ["dismiss-flag"] : []), "approve", "realign"]);
    }
    const keptFlagged = after.find((p) => p.id === flagged.id)!;
    expect(keptFlagged.flags.find((f) => f.code === dismissedCode)?.dismissed).toBe(true);
    expect(after.find((p) => p.id === before[1]!.id)!.commentCount).toBe(1);
    const summary = (await translator.get(`/api/documents/${doc.id}`)).body.document;
    expect(summary.statusCounts.approved).toBe(before.length - 1);
  });
});
