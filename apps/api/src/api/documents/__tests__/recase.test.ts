import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import type { Pair, RecaseChange } from "../../../contract/index.ts";

const server = useTestServer("translator", "editor");
const { translator, editor } = server;

const TOPICS = ["o google", "a openai", "a nvidia", "o ceo", "a ia", "o google", "a meta", "a ia", "o google", "a openai", "a nvidia", "a ia"];
const TOPICS_EN = ["Google", "OpenAI", "Nvidia", "the CEO", "AI", "Google", "Meta", "AI", "Google", "OpenAI", "Nvidia", "AI"];

/** A document that lost its capitals: twelve sentences in lower case, names and acronyms too; the English has them. */
async function lowerCaseDocument(title: string): Promise<{ id: string; pairs: Pair[] }> {
  const pt = TOPICS.map((t, i) => `esta é a frase número ${i + 1} sobre ${t}, que termina aqui.`).join("\n\n");
  const en = TOPICS_EN.map((t, i) => `This is sentence number ${i + 1} about ${t}, which ends here.`).join("\n\n");
  const doc = await importedDocument(translator, { title, pt, en });
  expect(doc.pairs).toHaveLength(12);
  return doc;
}

const documentFlags = async (id: string) => (await translator.get(`/api/documents/${id}`)).body.document.documentFlags.map((f: { code: string }) => f.code) as string[];

describe("the bulk fix of a document in lower case", () => {
  it("previews each pair recased (sentence starts, names, acronyms as the English writes them) and writes nothing", async () => {
    const doc = await lowerCaseDocument("Minúsculas prévia");
    expect(await documentFlags(doc.id)).toContain("casing-lowercase-document");
    const res = await translator.get(`/api/documents/${doc.id}/recase`);
    expect(res.status).toBe(200);
    const changes = res.body.changes as RecaseChange[];
    expect(changes.map((c) => c.pairId)).toEqual(doc.pairs.map((p) => p.id));
    expect(changes[0]).toMatchObject({ index: 0, version: 1, before: "esta é a frase número 1 sobre o google, que termina aqui.", after: "Esta é a frase número 1 sobre o Google, que termina aqui." });
    expect(changes[1]!.after).toBe("Esta é a frase número 2 sobre a OpenAI, que termina aqui.");
    expect(changes[3]!.after).toBe("Esta é a frase número 4 sobre o CEO, que termina aqui.");
    expect(changes[4]!.after).toBe("Esta é a frase número 5 sobre a IA, que termina aqui.");
    // Letter case only, never another word.
    for (const c of changes) expect(c.after.toLocaleLowerCase("pt")).toBe(c.before);
    const stored = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs as Pair[];
    expect(stored.map((p) => [p.ptText, p.version])).toEqual(doc.pairs.map((p) => [p.ptText, 1]));
    expect(res.body.approvedLeftOut).toBe(0);
  });

  it("applies the pairs kept, one 'recase' edit each; a pair changed since the preview is reported, not overwritten; undone by a revert", async () => {
    const doc = await lowerCaseDocument("Minúsculas aplicar");
    const { changes } = (await translator.get(`/api/documents/${doc.id}/recase`)).body as { changes: RecaseChange[] };
    // Someone edits pair 3 after the preview; the reviewer unticks pair 2.
    const [, unticked, edited] = doc.pairs as [Pair, Pair, Pair];
    expect((await editor.patch(`/api/pairs/${edited.id}`, { ptText: "esta é a frase número 3, mudada por outra pessoa.", version: 1 })).status).toBe(200);
    const targets = changes.filter((c) => c.pairId !== unticked.id).map((c) => ({ pairId: c.pairId, version: c.version }));
    const res = await translator.post(`/api/documents/${doc.id}/recase`, { targets });
    expect(res.status).toBe(200);
    expect(res.body.conflicts).toEqual([edited.id]);
    expect(res.body.applied.map((c: RecaseChange) => c.pairId)).toEqual(targets.map((t) => t.pairId).filter((id) => id !== edited.id));
    const after = new Map(((await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs as Pair[]).map((p) => [p.id, p]));
    expect(after.get(edited.id)!.ptText).toBe("esta é a frase número 3, mudada por outra pessoa.");
    expect(after.get(unticked.id)!.ptText).toBe(unticked.ptText);
    const first = after.get(doc.pairs[0]!.id)!;
    expect(first).toMatchObject({ ptText: "Esta é a frase número 1 sobre o Google, que termina aqui.", status: "edited", version: 2 });
    const history = (await translator.get(`/api/pairs/${first.id}`)).body.edits as { id: string; action: string; before: string; after: string; authorName: string }[];
    expect(history.map((e) => e.action)).toEqual(["import", "recase"]);
    expect(history[1]).toMatchObject({ before: doc.pairs[0]!.ptText, after: first.ptText, authorName: "Test translator" });
    // The document's re-check runs as a job, not inside the request; once it is done the
    // document is no longer in lower case, and the pairs left in lower case are flagged one by one.
    expect(res.body.recheck).toMatchObject({ kind: "recheck", documentId: doc.id });
    expect((await translator.waitForJob(res.body.recheck.id)).state).toBe("succeeded");
    expect(await documentFlags(doc.id)).not.toContain("casing-lowercase-document");
    const rechecked = ((await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs as Pair[]).find((p) => p.id === unticked.id)!;
    expect(rechecked.flags.map((f) => f.code)).toContain("casing-sentence-start");
    // Applying the same preview again changes nothing: every version moved on.
    expect((await translator.post(`/api/documents/${doc.id}/recase`, { targets })).body).toMatchObject({ applied: [], recheck: null });
    // Undone as a new edit (history stays append-only).
    const undone = await translator.post(`/api/pairs/${first.id}/revert`, { version: 2, editId: history[0]!.id });
    expect(undone.body.pair.ptText).toBe(doc.pairs[0]!.ptText);
    expect(((await translator.get(`/api/pairs/${first.id}`)).body.edits as { action: string }[]).map((e) => e.action)).toEqual(["import", "recase", "revert"]);
  });

  it("leaves approved pairs out for a translator (counted), and refuses them if sent anyway; an editor gets them", async () => {
    const doc = await lowerCaseDocument("Minúsculas aprovado");
    const approved = doc.pairs[5]!;
    expect((await editor.post(`/api/pairs/${approved.id}/approve`, { version: 1, override: { reason: "test" } })).status).toBe(200);
    const preview = (await translator.get(`/api/documents/${doc.id}/recase`)).body;
    expect(preview.approvedLeftOut).toBe(1);
    expect(preview.changes.map((c: RecaseChange) => c.pairId)).not.toContain(approved.id);
    const sent = await translator.post(`/api/documents/${doc.id}/recase`, { targets: [{ pairId: approved.id, version: 2 }] });
    expect(sent.body).toEqual({ applied: [], conflicts: [approved.id], recheck: null });
    expect((await translator.get(`/api/pairs/${approved.id}`)).body.pair.ptText).toBe(approved.ptText);
    const forEditor = (await editor.get(`/api/documents/${doc.id}/recase`)).body;
    expect(forEditor.approvedLeftOut).toBe(0);
    expect(forEditor.changes.map((c: RecaseChange) => c.pairId)).toContain(approved.id);
  });

  it("answers 404 for an unknown document, 422 for no targets, and offers nothing for a cased document", async () => {
    expect((await translator.get("/api/documents/nope/recase")).status).toBe(404);
    const doc = await lowerCaseDocument("Minúsculas erros");
    expect((await translator.post(`/api/documents/${doc.id}/recase`, { targets: [] })).status).toBe(422);
    const cased = await importedDocument(translator, { title: "Com maiúsculas", pt: "O Google falou. A OpenAI também.", en: "Google spoke. OpenAI too." });
    expect((await translator.get(`/api/documents/${cased.id}/recase`)).body.changes).toEqual([]);
  });
});
