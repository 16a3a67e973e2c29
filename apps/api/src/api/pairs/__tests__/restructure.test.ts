import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import type { Pair } from "../../../contract/index.ts";
import { beadKind, sentences, splitRanges } from "../bead-shape.ts";

const { translator } = useTestServer("translator");

const PT = "Primeira frase aqui. Segunda frase aqui.\n\nTerceira frase aqui.\n\nQuarta frase aqui.";
const EN = "First sentence here. Second sentence here.\n\nThird sentence here.\n\nFourth sentence here.";

const documentPairs = () => importedDocument(translator, { title: "Estrutura", pt: PT, en: EN });

async function listed(documentId: string): Promise<string[]> {
  const pairs = (await translator.get(`/api/documents/${documentId}/pairs`)).body.pairs as Pair[];
  return pairs.map((p) => `${p.index}:${p.ptText}|${p.enText}`);
}

describe("restructuring pairs", () => {
  it("merges a pair with the next one; the neighbour leaves the list but keeps its history", async () => {
    const { id, pairs } = await documentPairs();
    const [a, b] = pairs;
    const res = await translator.post(`/api/pairs/${a!.id}/merge-next`, { version: a!.version });
    expect(res.status).toBe(200);
    expect(res.body.pairs).toHaveLength(1);
    expect(res.body.pairs[0]).toMatchObject({ id: a!.id, ptText: `${a!.ptText} ${b!.ptText}`, version: 2 });
    const after = await listed(id);
    expect(after).toHaveLength(pairs.length - 1);
    expect(after.map((l) => l.split(":")[0])).toEqual(after.map((_, i) => String(i)));
    const gone = (await translator.get(`/api/pairs/${b!.id}`)).body;
    expect(gone.edits.map((e: { action: string }) => e.action)).toEqual(["import", "merge"]);
  });

  it("refuses to merge the last pair (422)", async () => {
    const { pairs } = await documentPairs();
    const last = pairs[pairs.length - 1]!;
    expect((await translator.post(`/api/pairs/${last.id}/merge-next`, { version: 1 })).status).toBe(422);
  });

  it("splits a pair at the given offsets into two consecutive pairs", async () => {
    const { id, pairs } = await documentPairs();
    const merged = (await translator.post(`/api/pairs/${pairs[0]!.id}/merge-next`, { version: 1 })).body.pairs[0] as Pair;
    const before = await listed(id);
    const ptAt = merged.ptText.indexOf("Segunda");
    const enAt = merged.enText.indexOf("Second");
    const res = await translator.post(`/api/pairs/${merged.id}/split`, { version: merged.version, ptAt, enAt });
    expect(res.status).toBe(200);
    expect(res.body.pairs.map((p: Pair) => `${p.index}:${p.ptText}|${p.enText}`)).toEqual([
      "0:Primeira frase aqui.|First sentence here.",
      "1:Segunda frase aqui.|Second sentence here.",
    ]);
    const after = await listed(id);
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(2).map((l) => l.split(":").slice(1).join(":"))).toEqual(before.slice(1).map((l) => l.split(":").slice(1).join(":")));
    const created = (await translator.get(`/api/pairs/${res.body.pairs[1].id}`)).body;
    expect(created.edits).toEqual([expect.objectContaining({ version: 1, action: "split" })]);
    expect((await translator.post(`/api/pairs/${merged.id}/split`, { version: 3, ptAt: 0, enAt: 0 })).status).toBe(422);
  });

  it("moves the last English sentence to the next pair and back", async () => {
    const { pairs } = await documentPairs();
    const merged = (await translator.post(`/api/pairs/${pairs[0]!.id}/merge-next`, { version: 1 })).body.pairs[0] as Pair;
    const next = (await translator.get(`/api/documents/${merged.documentId}/pairs`)).body.pairs[1] as Pair;
    const res = await translator.post(`/api/pairs/${merged.id}/move`, { version: merged.version, side: "en", direction: "to-next" });
    expect(res.status).toBe(200);
    const [a, b] = res.body.pairs as Pair[];
    expect(a!.enText).toBe("First sentence here.");
    expect(b!.enText).toBe(`Second sentence here. ${next.enText}`);
    expect(a!.ptText).toBe(merged.ptText);
    const back = await translator.post(`/api/pairs/${b!.id}/move`, { version: b!.version, side: "en", direction: "to-prev" });
    expect(back.body.pairs.map((p: Pair) => p.enText)).toEqual([merged.enText, next.enText]);
    const stale = await translator.post(`/api/pairs/${b!.id}/move`, { version: b!.version, side: "en", direction: "to-prev" });
    expect(stale.status).toBe(409);
  });
});

describe("restructuring concurrently", () => {
  it("keeps positions unique and gapless when merges and splits race", async () => {
    const pt = Array.from({ length: 24 }, (_, i) => `Frase número ${i + 1}. Mais uma parte ${i + 1}.`).join("\n\n");
    const doc = (await translator.postJob("/api/documents", { title: "Corrida", pt })).body.document;
    for (let round = 0; round < 4; round++) {
      const pairs = (await translator.get(`/api/documents/${doc.id}/pairs?limit=5000`)).body.pairs as Pair[];
      // Merges near the start shift every later position while splits further on insert pairs.
      const merges = pairs.slice(0, 6).filter((_, i) => i % 2 === 0).map((p) => translator.post(`/api/pairs/${p.id}/merge-next`, { version: p.version }));
      const splits = pairs.slice(-8).filter((p) => p.ptText.includes(". ")).map((p) => translator.post(`/api/pairs/${p.id}/split`, { version: p.version, ptAt: p.ptText.indexOf(". ") + 2, enAt: 0 }));
      const statuses = (await Promise.all([...splits, ...merges])).map((r) => r.status);
      expect(statuses.every((s) => s === 200 || s === 409 || s === 404)).toBe(true);
    }
    const after = (await translator.get(`/api/documents/${doc.id}/pairs?limit=5000`)).body.pairs as Pair[];
    expect(after.map((p) => p.index)).toEqual(after.map((_, i) => i));
    // Nothing lost, nothing out of order: the pairs still read as the original text.
    expect(after.map((p) => p.ptText).join(" ")).toBe(pt.replace(/\n\n/g, " "));
  });
});

describe("bead shape helpers", () => {
  it("cuts sentences after terminal punctuation, keeping closing quotes", () => {
    expect(sentences('Ele disse "sim." Depois saiu! E voltou?')).toEqual(['Ele disse "sim."', "Depois saiu!", "E voltou?"]);
    expect(sentences("")).toEqual([]);
  });
  it("names the bead kind from sentence counts, within the kinds the contract knows", () => {
    expect(beadKind("Uma. Duas.", "One.")).toBe("2-1");
    expect(beadKind("", "One.")).toBe("0-1");
    expect(beadKind("A. B. C.", "A. B. C.")).toBe("2-2");
  });
  it("splits source ranges at a character count", () => {
    expect(splitRanges([[0, 10], [11, 20]], 4)).toEqual([[[0, 4]], [[4, 10], [11, 20]]]);
    expect(splitRanges([[0, 10], [11, 20]], 10)).toEqual([[[0, 10]], [[11, 20]]]);
  });
});
