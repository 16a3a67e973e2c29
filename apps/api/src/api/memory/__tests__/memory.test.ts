import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import type { Pair } from "../../../contract/index.ts";

const server = useTestServer("translator", "editor");
const { translator, editor } = server;

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="test" creationtoolversion="1" o-tmf="x"/>
<body>
<tu><tuv xml:lang="en"><seg>The model learns from data every day.</seg></tuv><tuv xml:lang="pt-BR"><seg>O modelo aprende com dados todos os dias.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Something unrelated about cooking pasta.</seg></tuv><tuv xml:lang="pt-BR"><seg>Algo sobre cozinhar massa.</seg></tuv></tu>
</body></tmx>`;

async function confirm(pair: Pair): Promise<void> {
  const res = await translator.post(`/api/pairs/${pair.id}/confirm`, { version: pair.version, override: { reason: "test" } });
  if (res.status !== 200) throw new Error(`confirm failed: ${res.status} ${res.text}`);
}

describe("translation memory", () => {
  it("matches a pair's English against confirmed pairs of other documents, ordered by score, ≥ 0.7", async () => {
    const source = await importedDocument(translator, {
      title: "Memória A",
      pt: "O modelo aprende com dados.\n\nO tempo estava bom.",
      en: "The model learns from data.\n\nThe weather was fine.",
    });
    await confirm(source.pairs[0]!);
    const target = await importedDocument(translator, {
      title: "Memória B",
      pt: "O modelo aprende com os dados.\n\nNada a ver.",
      en: "The model learns from the data.\n\nNothing to do with it.",
    });
    const res = await translator.get(`/api/pairs/${target.pairs[0]!.id}/matches`);
    expect(res.status).toBe(200);
    expect(res.body.matches[0]).toMatchObject({
      enText: "The model learns from data.", ptText: "O modelo aprende com dados.", documentId: source.id, pairId: source.pairs[0]!.id, status: "confirmed", source: "documents",
    });
    const scores = res.body.matches.map((m: { score: number }) => m.score);
    expect(scores.every((s: number) => s >= 0.7 && s <= 1)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // An unconfirmed pair is not in the memory; a sentence with nothing close has no match.
    expect((await translator.get(`/api/pairs/${target.pairs[1]!.id}/matches`)).body.matches).toEqual([]);
    // The pair itself is never its own match.
    expect((await translator.get(`/api/pairs/${source.pairs[0]!.id}/matches`)).body.matches.map((m: { pairId: string }) => m.pairId)).not.toContain(source.pairs[0]!.id);
  });

  it("forgets a pair once it is edited after confirming (it is no longer confirmed)", async () => {
    const a = await importedDocument(translator, { title: "Esquece A", pt: "A nuvem passou devagar.", en: "The cloud passed slowly by." });
    await confirm(a.pairs[0]!);
    const b = await importedDocument(translator, { title: "Esquece B", pt: "A nuvem passou.", en: "The cloud passed slowly by!" });
    expect((await translator.get(`/api/pairs/${b.pairs[0]!.id}/matches`)).body.matches).toHaveLength(1);
    const now = (await translator.get(`/api/pairs/${a.pairs[0]!.id}`)).body.pair as Pair;
    await translator.patch(`/api/pairs/${now.id}`, { ptText: "A nuvem passou lentamente.", version: now.version });
    expect((await translator.get(`/api/pairs/${b.pairs[0]!.id}/matches`)).body.matches).toEqual([]);
  });

  it("imports a TMX as a named memory (editor only) whose units match with their source name", async () => {
    expect((await translator.request("POST", "/api/memories?name=Client", TMX, { "content-type": "application/xml" })).status).toBe(403);
    const res = await editor.request("POST", "/api/memories?name=Client", TMX, { "content-type": "application/xml" });
    expect(res.status).toBe(201);
    expect(res.body.memory).toEqual({ name: "Client", units: 2 });
    expect((await translator.get("/api/memories")).body.memories).toContainEqual({ name: "Client", units: 2 });
    const doc = await importedDocument(translator, { title: "Com TMX", pt: "O modelo aprende todos os dias.", en: "The model learns from data every day!" });
    const matches = (await translator.get(`/api/pairs/${doc.pairs[0]!.id}/matches`)).body.matches;
    expect(matches[0]).toMatchObject({ source: "Client", ptText: "O modelo aprende com dados todos os dias.", documentId: null, pairId: null, status: null });
    expect((await translator.get(`/api/memories/documents/${doc.id}/matched-pairs`)).body.pairIds).toEqual([doc.pairs[0]!.id]);
    const bad = await editor.request("POST", "/api/memories?name=Bad", "<xliff/>", { "content-type": "application/xml" });
    expect(bad.status).toBe(422);
  });

  it("answers 404 for a pair that does not exist", async () => {
    expect((await translator.get("/api/pairs/nope/matches")).status).toBe(404);
  });
});

describe("document flags", () => {
  it("GET /api/documents/{id} includes the whole-document findings (a document in lower case)", async () => {
    const lower = Array.from({ length: 14 }, (_, i) => `esta é a frase número ${i + 1} do texto.`).join(" ");
    const doc = (await translator.postJob("/api/documents", { title: "Minúsculas", pt: lower })).body.document;
    const res = await translator.get(`/api/documents/${doc.id}`);
    expect(res.body.document.documentFlags).toContainEqual(expect.objectContaining({ code: "casing-lowercase-document", family: "casing", severity: "error" }));
    expect((await translator.get("/api/documents")).body.documents.find((d: { id: string }) => d.id === doc.id).documentFlags).toHaveLength(res.body.document.documentFlags.length);
  });
});
