import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { findPattern, replaceAll } from "../find-pattern.ts";

const server = useTestServer("translator");
const { translator } = server;

describe("propagating a fix", () => {
  it("finds the same mistake in other documents and applies it only to the pairs picked, each as an edit", async () => {
    const a = (await translator.postJob("/api/documents", { title: "A", pt: "O noé smith falou. Depois saiu." })).body.document;
    const b = (await translator.postJob("/api/documents", { title: "B", pt: "Segundo Noé Smith, a IA cresce. O noé smith voltou." })).body.document;
    const preview = await translator.post("/api/replace/preview", { find: "noé smith", replace: "Noah Smith" });
    expect(preview.status).toBe(200);
    const matches = preview.body.matches as { pairId: string; documentId: string; documentTitle: string; version: number; before: string; after: string }[];
    expect(matches.map((m) => `${m.documentTitle}: ${m.after}`)).toEqual([
      expect.stringMatching(/^(A|B): /), expect.stringMatching(/^(A|B): /), expect.stringMatching(/^(A|B): /),
    ]);
    expect(matches.map((m) => m.after).sort()).toEqual(["O Noah Smith falou.", "O Noah Smith voltou.", "Segundo Noah Smith, a IA cresce."]);

    const onlyB = await translator.post("/api/replace/preview", { find: "noé smith", replace: "Noah Smith", documentId: b.id, matchCase: true });
    expect(onlyB.body.matches.map((m: { after: string }) => m.after)).toEqual(["O Noah Smith voltou."]);

    const picked = matches.filter((m) => m.documentId === a.id);
    const stale = matches.find((m) => m.documentId === b.id)!;
    await translator.patch(`/api/pairs/${stale.pairId}`, { ptText: stale.before + " ", version: stale.version });
    const res = await translator.post("/api/replace/apply", { find: "noé smith", replace: "Noah Smith", targets: [...picked, stale].map((m) => ({ pairId: m.pairId, version: m.version })) });
    expect(res.body).toEqual({ applied: picked.map((m) => m.pairId), conflicts: [stale.pairId] });
    const detail = (await translator.get(`/api/pairs/${picked[0]!.pairId}`)).body;
    expect(detail.pair.ptText).toBe("O Noah Smith falou.");
    expect(detail.edits.at(-1)).toMatchObject({ action: "propagate", version: 2 });
  });
});

describe("previewing a common word", () => {
  it("returns at most `limit` matches in document order, with the total of all of them", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Muitos", pt: "O gato dorme. O gato come. O gato corre. O gato pula." })).body.document;
    const all = await translator.post("/api/replace/preview", { find: "gato", replace: "cão", documentId: doc.id, wholeWord: true, matchCase: true });
    expect(all.body.total).toBe(4);
    expect(all.body.matches).toHaveLength(4);
    const limited = await translator.post("/api/replace/preview", { find: "gato", replace: "cão", documentId: doc.id, wholeWord: true, matchCase: true, limit: 2 });
    expect(limited.status).toBe(200);
    expect(limited.body.total).toBe(4);
    expect(limited.body.matches.map((m: { after: string }) => m.after)).toEqual(all.body.matches.slice(0, 2).map((m: { after: string }) => m.after));
    expect((await translator.post("/api/replace/preview", { find: "gato", replace: "cão", limit: 0 })).status).toBe(422);
  });
});

describe("find pattern", () => {
  it("matches whole words only when asked, with accents counted as letters", () => {
    expect(replaceAll("noéis noé", { find: "noé", replace: "Noah", wholeWord: true })).toBe("noéis Noah");
    expect(replaceAll("noéis", { find: "noé", replace: "Noah", wholeWord: true })).toBeUndefined();
  });
  it("keeps $ patterns in the replacement literal and escapes the search", () => {
    expect(replaceAll("custa 5.0 (mil)", { find: "5.0 (mil)", replace: "$& $1" })).toBe("custa $& $1");
    expect(findPattern({ find: "a.b", replace: "" }).test("axb")).toBe(false);
  });
});

describe("propagating only the same mistake (issue 16)", () => {
  it("finds a punctuation fix (' - ' → ' — ') with whole words on: a string with no word has no word edges", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Travessões", pt: "Ele veio - e foi embora. Nada mudou - nunca." })).body.document;
    const preview = await translator.post("/api/replace/preview", { find: " - ", replace: " — ", documentId: doc.id, wholeWord: true, matchCase: true });
    expect(preview.body.total).toBe(2);
    expect(preview.body.matches.map((m: { after: string }) => m.after)).toEqual(["Ele veio — e foi embora.", "Nada mudou — nunca."]);
    expect(replaceAll("a - b", { find: " - ", replace: " — ", wholeWord: true })).toBe("a — b");
  });

  it("with a flag code, offers only pairs where the same text is flagged: a junk 'Mais' is never deleted from 'Mais alguma coisa'", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Lixo", pt: "Mais\n\nMais alguma coisa aconteceu ontem.\n\nMais" })).body.document;
    const pairs = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs as { id: string; ptText: string; documentId: string }[];
    // Plant the same junk flag on the two lone "Mais" lines, whatever the checks made of them.
    const lone = pairs.filter((p) => p.ptText.trim() === "Mais");
    expect(lone).toHaveLength(2);
    await server.prisma.flag.deleteMany({ where: { documentId: doc.id } });
    for (const p of lone) {
      await server.prisma.flag.create({ data: { pairId: p.id, documentId: doc.id, code: "junk-test-line", family: "junk", severity: "warning", start: 0, end: 4, text: "Mais", message: "A stray line" } });
    }
    const everywhere = await translator.post("/api/replace/preview", { find: "Mais", replace: "", documentId: doc.id, wholeWord: true, matchCase: true });
    expect(everywhere.body.total).toBe(3);
    const flagged = await translator.post("/api/replace/preview", { find: "Mais", replace: "", documentId: doc.id, wholeWord: true, matchCase: true, flagCode: "junk-test-line" });
    expect(flagged.body.matches.map((m: { pairId: string }) => m.pairId).sort()).toEqual(lone.map((p) => p.id).sort());
    // A dismissed flag is no longer the same mistake.
    await server.prisma.flag.updateMany({ where: { pairId: lone[0]!.id }, data: { dismissed: true } });
    const after = await translator.post("/api/replace/preview", { find: "Mais", replace: "", documentId: doc.id, wholeWord: true, matchCase: true, flagCode: "junk-test-line" });
    expect(after.body.matches.map((m: { pairId: string }) => m.pairId)).toEqual([lone[1]!.id]);
  });
});
