// An import job's document is written in steps on SQLite (store-document.ts) and hidden until
// its job is done (hidden-documents.ts): nobody sees half of it, a failure in a late step leaves
// nothing, and a run stopped between steps is cleared and written again to exactly one document.
import { alignDocument } from "@alinha/aligner";
import { getDocument, listDocuments } from "@alinha/corpus";
import { describe, expect, it } from "vitest";
import { newId } from "../../../db/bulk-insert.ts";
import { refuseEditsContaining } from "../../../test-support/refuse-edits.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../../../test-support/sample.ts";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { createJob, findJob } from "../../jobs/job-store.ts";
import { runJob } from "../../jobs/run-job.ts";
import { importDocument } from "../import-document.ts";

const server = useTestServer("translator", "editor");
const author = { id: "", displayName: "import test" };

async function rowsOf(documentId: string) {
  const { prisma } = server;
  return {
    documents: await prisma.document.count({ where: { id: documentId } }),
    pairs: await prisma.pair.count({ where: { documentId } }),
    edits: await prisma.edit.count({ where: { documentId } }),
    flags: await prisma.flag.count({ where: { documentId } }),
  };
}

describe("an import written in steps", () => {
  it("leaves nothing behind when a late step fails", async () => {
    const largest = listDocuments().map((m) => getDocument(m.id)).sort((a, b) => b.pt.length - a.pt.length)[0]!;
    const count = async () => [await server.prisma.document.count(), await server.prisma.pair.count(), await server.prisma.edit.count(), await server.prisma.flag.count()];
    const before = await count();
    // The refused sentence is the document's last: every step before it has been written.
    const undo = await refuseEditsContaining(server.db, "KABOOM");
    try {
      const res = await server.translator.postJob("/api/documents", { title: "Falha tardia", pt: `${largest.pt}\n\nA última frase KABOOM do texto.`, en: largest.en });
      expect(res.status).toBe(500);
      expect(await count()).toEqual(before);
    } finally {
      await undo();
    }
  });

  it("is not listed, opened, searched or exported until its job is done, then runs again to exactly one complete document", async () => {
    const title = `Oculto ${newId()}`;
    const job = await createJob(server.ctx, "import", { author, document: { title, pt: SAMPLE_PT, en: SAMPLE_EN } }, newId());
    const documentId = job.documentId!;
    // What a run stopped between steps leaves: the document and its first pairs, job unfinished.
    await importDocument(server.ctx, { title, pt: SAMPLE_PT, en: SAMPLE_EN }, author, { documentId });
    await server.prisma.pair.deleteMany({ where: { documentId, index: { gte: 2 } } });
    expect((await rowsOf(documentId)).pairs).toBe(2);

    const { translator, editor } = server;
    expect(((await translator.get("/api/documents")).body.documents as { id: string }[]).map((d) => d.id)).not.toContain(documentId);
    expect((await translator.get(`/api/documents/${documentId}`)).status).toBe(404);
    expect((await translator.get(`/api/documents/${documentId}/pairs`)).status).toBe(404);
    expect((await translator.get(`/api/documents/${documentId}/export?format=tsv`)).status).toBe(404);
    const word = SAMPLE_PT.match(/\p{L}{6,}/u)![0];
    const found = (await editor.post("/api/replace/preview", { find: word, replace: `${word}x` })).body.matches as { documentId: string }[];
    expect(found.map((m) => m.documentId)).not.toContain(documentId);

    await runJob(server.ctx, job.id);
    expect((await findJob(server.ctx, job.id)).state).toBe("succeeded");
    const expected = alignDocument(SAMPLE_PT, SAMPLE_EN).pairs.length;
    const rows = await rowsOf(documentId);
    expect(rows).toMatchObject({ documents: 1, pairs: expected, edits: expected });
    expect(await server.prisma.document.count({ where: { title } })).toBe(1);
    const shown = (await translator.get(`/api/documents/${documentId}`)).body.document;
    expect(shown).toMatchObject({ id: documentId, title, pairCount: expected });
  });
});
