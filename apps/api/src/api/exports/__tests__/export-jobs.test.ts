// Exports as background jobs: POST starts one, GET /api/jobs/:id follows it, GET …/file downloads
// what it built, for the user who asked only; a failing export says why and leaves no file.
import { afterEach, describe, expect, it } from "vitest";
import type { Client } from "../../../test-support/test-server.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../../../test-support/sample.ts";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { buildHere, type ExportTask } from "../build-export.ts";
import { PART_BYTES } from "../export-files.ts";

const server = useTestServer("translator", "editor", "admin");
const { translator, editor, admin } = server;

/** The file's bytes as the browser would save them (the test client reads bodies as text). */
async function download(client: Client, url: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const res = await fetch(server.url + url, { headers: { cookie: client.cookie } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** A builder that waits for `release()`, so a test can look at the job while it runs. */
function heldBuilder() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const builder = async (task: ExportTask) => {
    await gate;
    return buildHere(task);
  };
  return { builder, release };
}

const storedFiles = async (jobId: string) => ({
  files: await server.prisma.exportFile.count({ where: { jobId } }),
  parts: await server.prisma.exportFilePart.count({ where: { jobId } }),
});

afterEach(() => {
  server.ctx.buildFile = buildHere;
  delete process.env["ALINHA_EXPORT_DIRECT_MAX_PAIRS"];
});

describe("export jobs", () => {
  it("starts an export job (202), shows its progress while it runs, then serves the DOCX it built to the user who asked", async () => {
    const doc = await importedDocument(translator, { title: "Relatório anual", pt: SAMPLE_PT, en: SAMPLE_EN });
    const held = heldBuilder();
    server.ctx.buildFile = held.builder;
    const accepted = await translator.post(`/api/documents/${doc.id}/export`, { format: "docx-side", scope: "all" });
    expect(accepted.status).toBe(202);
    const id = accepted.body.job.id as string;
    expect(accepted.headers.get("location")).toBe(`/api/jobs/${id}`);
    expect(accepted.body.job).toMatchObject({ kind: "export", documentId: doc.id, result: null, error: null });

    // Pairs read, file being built: running, part-way, and no file to download yet.
    await expect.poll(async () => (await translator.get(`/api/jobs/${id}`)).body.job.progress, { timeout: 10_000 }).toBe(0.4);
    expect((await translator.get(`/api/jobs/${id}`)).body.job.state).toBe("running");
    const early = await translator.get(`/api/jobs/${id}/file`);
    expect(early.status).toBe(409);
    expect(early.body.detail).toMatch(/not ready yet \(running, 40%\)/);

    held.release();
    const job = await translator.waitForJob(id);
    expect(job).toMatchObject({ state: "succeeded", progress: 1, result: { format: "docx-side", scope: "all", file: { name: "relatorio-anual-side-by-side.docx", url: `/api/jobs/${id}/file` } } });
    expect(Date.parse(job.result.file.expiresAt)).toBeGreaterThan(Date.now() + 30 * 60_000);

    const file = await download(translator, job.result.file.url);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toContain("wordprocessingml");
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="relatorio-anual-side-by-side.docx"`);
    expect(file.bytes.byteLength).toBe(job.result.file.size);
    // A zip (DOCX) whose entries include the Word document.
    expect(file.bytes.subarray(0, 2).toString()).toBe("PK");
    expect(file.bytes.includes("word/document.xml")).toBe(true);
  });

  it("builds the same file as the direct download, for text and spreadsheet formats", async () => {
    const doc = await importedDocument(translator, { title: "Same bytes", pt: SAMPLE_PT, en: SAMPLE_EN });
    for (const format of ["txt", "tsv", "md"]) {
      const job = (await translator.postJob(`/api/documents/${doc.id}/export`, { format })).body;
      const viaJob = await download(translator, job.file.url);
      const direct = await download(translator, `/api/documents/${doc.id}/export?format=${format}`);
      expect(viaJob.bytes.toString("utf8"), format).toBe(direct.bytes.toString("utf8"));
      expect(viaJob.bytes.toString("utf8"), format).toContain("noé smith");
    }
    const xlsx = (await translator.postJob(`/api/documents/${doc.id}/export`, { format: "xlsx", scope: "approved" })).body;
    expect(xlsx.file.name).toBe("same-bytes.xlsx");
    expect((await download(translator, xlsx.file.url)).bytes.subarray(0, 2).toString()).toBe("PK");
  });

  it("answers small documents directly and refuses the direct download of a larger one, saying how to export it", async () => {
    const doc = await importedDocument(translator, { title: "Over the limit", pt: SAMPLE_PT, en: SAMPLE_EN });
    process.env["ALINHA_EXPORT_DIRECT_MAX_PAIRS"] = String(doc.pairs.length - 1);
    const refused = await translator.get(`/api/documents/${doc.id}/export?format=docx`);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ title: "Export too large to download directly", pairCount: doc.pairs.length, limit: doc.pairs.length - 1 });
    expect(refused.body.detail).toContain(`POST /api/documents/${doc.id}/export`);
    // The job path takes it whatever its size.
    expect((await translator.postJob(`/api/documents/${doc.id}/export`, { format: "docx" })).status).toBe(200);
    process.env["ALINHA_EXPORT_DIRECT_MAX_PAIRS"] = String(doc.pairs.length);
    expect((await translator.get(`/api/documents/${doc.id}/export?format=docx`)).status).toBe(200);
  });
});

describe("who may start and download an export", () => {
  it("serves an export only to the user who asked: another user gets 403 on the file and no job at all, a visitor 401", async () => {
    const doc = await importedDocument(translator, { title: "Private export", pt: SAMPLE_PT, en: SAMPLE_EN });
    const job = (await translator.postJob(`/api/documents/${doc.id}/export`, { format: "tmx" })).body;
    for (const other of [editor, admin]) {
      const refused = await other.get(job.file.url);
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toMatch(/another user/);
      expect(refused.text).not.toContain("<tmx");
      expect((await other.get(job.file.url.replace(/\/file$/, ""))).status).toBe(404);
    }
    const visitor = await server.anonymous().get(job.file.url);
    expect(visitor.status).toBe(401);
    expect((await download(translator, job.file.url)).status).toBe(200);
    // Not an export job: no file to speak of.
    const recheck = await editor.post(`/api/documents/${doc.id}/recheck`);
    expect((await editor.get(`/api/jobs/${recheck.body.job.id}/file`)).status).toBe(404);
  });

  it("checks the request before queuing: a missing document is 404, a TMX without English or an unknown format 422, a visitor 401", async () => {
    expect((await translator.post("/api/documents/missing/export", { format: "tmx" })).status).toBe(404);
    const ptOnly = await importedDocument(translator, { title: "Só português", pt: SAMPLE_PT });
    const tmx = await translator.post(`/api/documents/${ptOnly.id}/export`, { format: "tmx" });
    expect(tmx.status).toBe(422);
    expect(tmx.body.detail).toMatch(/only Portuguese/);
    expect((await translator.post(`/api/documents/${ptOnly.id}/export`, { format: "pdf" })).status).toBe(422);
    expect((await server.anonymous().post(`/api/documents/${ptOnly.id}/export`, { format: "txt" })).status).toBe(401);
    expect(await server.prisma.job.count({ where: { kind: "export", documentId: ptOnly.id } })).toBe(0);
  });

  it("refuses the file once its document is in the trash", async () => {
    const doc = await importedDocument(translator, { title: "Trashed later", pt: SAMPLE_PT, en: SAMPLE_EN });
    const job = (await translator.postJob(`/api/documents/${doc.id}/export`, { format: "txt" })).body;
    expect((await admin.delete(`/api/documents/${doc.id}`)).status).toBe(204);
    expect((await translator.get(job.file.url)).status).toBe(404);
  });
});

describe("failing and expired exports", () => {
  it("reports a builder's failure as the job's error, with no file stored or served", async () => {
    const doc = await importedDocument(translator, { title: "Breaks", pt: SAMPLE_PT, en: SAMPLE_EN });
    server.ctx.buildFile = async () => { throw new Error("secret internals: out of memory at 0xdead"); };
    const accepted = await translator.post(`/api/documents/${doc.id}/export`, { format: "docx" });
    const job = await translator.waitForJob(accepted.body.job.id);
    expect(job.state).toBe("failed");
    expect(job.error).toMatchObject({ status: 500, title: "Internal error" });
    expect(JSON.stringify(job.error)).not.toContain("secret internals");
    const file = await translator.get(`/api/jobs/${job.id}/file`);
    expect(file.status).toBe(409);
    expect(file.body.detail).toMatch(/The export failed, so there is no file/);
    expect(await storedFiles(job.id)).toEqual({ files: 0, parts: 0 });
  });

  it("stores a file whole or not at all: a write refused half-way leaves no part behind", async () => {
    const doc = await importedDocument(translator, { title: "Half written", pt: SAMPLE_PT, en: SAMPLE_EN });
    // A file of three parts, whose third the database refuses.
    server.ctx.buildFile = async () => new Uint8Array(PART_BYTES * 2 + 10).fill(65);
    const trigger = "refuse_third_export_part";
    if (server.db.engine === "postgres") {
      await server.prisma.$executeRawUnsafe(`CREATE FUNCTION ${trigger}() RETURNS trigger AS $$ BEGIN IF NEW."seq" = 2 THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await server.prisma.$executeRawUnsafe(`CREATE TRIGGER ${trigger} BEFORE INSERT ON "ExportFilePart" FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);
    } else {
      await server.prisma.$executeRawUnsafe(`CREATE TRIGGER ${trigger} BEFORE INSERT ON "ExportFilePart" WHEN NEW."seq" = 2 BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    }
    try {
      const job = await translator.waitForJob((await translator.post(`/api/documents/${doc.id}/export`, { format: "txt" })).body.job.id);
      expect(job.state).toBe("failed");
      expect(job.error.status).toBe(500);
      expect(await storedFiles(job.id)).toEqual({ files: 0, parts: 0 });
      expect((await translator.get(`/api/jobs/${job.id}/file`)).status).toBe(409);
    } finally {
      await server.prisma.$executeRawUnsafe(server.db.engine === "postgres" ? `DROP TRIGGER ${trigger} ON "ExportFilePart"` : `DROP TRIGGER ${trigger}`);
      if (server.db.engine === "postgres") await server.prisma.$executeRawUnsafe(`DROP FUNCTION ${trigger}()`);
    }
    // The same export, with the database taking it again: three parts, served whole.
    const ok = (await translator.postJob(`/api/documents/${doc.id}/export`, { format: "txt" })).body;
    expect(ok.file.size).toBe(PART_BYTES * 2 + 10);
    const file = await download(translator, ok.file.url);
    expect(file.bytes.equals(Buffer.alloc(PART_BYTES * 2 + 10, 65))).toBe(true);
  });

  it("says an expired file is gone (410), and the next export deletes it", async () => {
    const doc = await importedDocument(translator, { title: "Expires", pt: SAMPLE_PT, en: SAMPLE_EN });
    const old = (await translator.postJob(`/api/documents/${doc.id}/export`, { format: "txt" })).body;
    const oldId = old.file.url.split("/")[3] as string;
    await server.prisma.exportFile.update({ where: { jobId: oldId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const gone = await translator.get(old.file.url);
    expect(gone.status).toBe(410);
    expect(gone.body.detail).toMatch(/expired.*export the document again/);
    expect((await storedFiles(oldId)).files).toBe(1);
    await translator.postJob(`/api/documents/${doc.id}/export`, { format: "md" });
    expect(await storedFiles(oldId)).toEqual({ files: 0, parts: 0 });
  });
});
