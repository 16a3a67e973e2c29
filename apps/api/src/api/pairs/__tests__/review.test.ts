import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../../../test-support/sample.ts";
import type { Pair } from "../../../contract/index.ts";
import { refuseEditsContaining } from "../../../test-support/refuse-edits.ts";

const server = useTestServer("translator", "editor");
const { translator, editor } = server;

const freshPairs = async (): Promise<Pair[]> => (await importedDocument(translator, { title: "Revisão", pt: SAMPLE_PT, en: SAMPLE_EN })).pairs;

/** A flag as the checks would store it, so suggestion handling is tested whatever the checks find. */
async function plantFlag(pair: Pair, text: string, suggestion: string | null): Promise<string> {
  const start = pair.ptText.indexOf(text);
  const flag = await server.prisma.flag.create({
    data: { pairId: pair.id, documentId: pair.documentId, code: "entity.mismatch", family: "entity", severity: "error", start, end: start + text.length, text, message: "Name differs from the English", suggestion },
  });
  return flag.id;
}

describe("editing the Portuguese", () => {
  it("saves the edit, advances the version and records who changed what", async () => {
    const [pair] = await freshPairs();
    const ptText = pair!.ptText.replace("noé smith", "Noah Smith");
    const res = await translator.patch(`/api/pairs/${pair!.id}`, { ptText, version: 1 });
    expect(res.status).toBe(200);
    expect(res.body.pair).toMatchObject({ ptText, ptOriginal: pair!.ptText, version: 2, status: "edited", updatedBy: "Test translator" });
    const detail = (await translator.get(`/api/pairs/${pair!.id}`)).body;
    expect(detail.edits.map((e: { version: number; action: string }) => `${e.version}:${e.action}`)).toEqual(["1:import", "2:edit"]);
    expect(detail.edits[1]).toMatchObject({ before: pair!.ptText, after: ptText, authorName: "Test translator" });
  });

  it("answers a stale version with 409 and the pair as stored now, keeping the first edit", async () => {
    const [pair] = await freshPairs();
    await translator.patch(`/api/pairs/${pair!.id}`, { ptText: "Primeira versão.", version: 1 });
    const stale = await editor.patch(`/api/pairs/${pair!.id}`, { ptText: "Segunda versão.", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toMatch(/problem\+json/);
    expect(stale.body.current).toMatchObject({ id: pair!.id, version: 2, ptText: "Primeira versão." });
  });

  it("lets exactly one of many simultaneous writers of the same version win", async () => {
    const [pair] = await freshPairs();
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) => translator.patch(`/api/pairs/${pair!.id}`, { ptText: `Versão ${i}.`, version: 1 })),
    );
    const statuses = attempts.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const winner = attempts.find((a) => a.status === 200)!.body.pair.ptText;
    const detail = (await translator.get(`/api/pairs/${pair!.id}`)).body;
    expect(detail.pair.ptText).toBe(winner);
    expect(detail.edits).toHaveLength(2);
  });

  it("writes the pair and its history row together or not at all", async () => {
    const [pair] = await freshPairs();
    const undo = await refuseEditsContaining(server.db, "RECUSA");
    try {
      const res = await translator.patch(`/api/pairs/${pair!.id}`, { ptText: "RECUSA isto.", version: 1 });
      expect(res.status).toBe(500);
    } finally {
      await undo();
    }
    const detail = (await translator.get(`/api/pairs/${pair!.id}`)).body;
    expect(detail.pair).toMatchObject({ ptText: pair!.ptText, version: 1, status: "new" });
    expect(detail.edits).toHaveLength(1);
  });

  it("validates the body (422) and 404s an unknown pair", async () => {
    const [pair] = await freshPairs();
    const bad = await translator.patch(`/api/pairs/${pair!.id}`, { ptText: "x" });
    expect(bad.status).toBe(422);
    expect(bad.body.issues).toEqual([expect.objectContaining({ path: "version" })]);
    expect((await translator.patch(`/api/pairs/missing`, { ptText: "x", version: 1 })).status).toBe(404);
  });
});

describe("flags", () => {
  it("says which English name an entity flag stands for, with its place in the English", async () => {
    const [pair] = await freshPairs();
    const flag = pair!.flags.find((f) => f.text === "noé smith");
    expect(flag).toMatchObject({ family: "entity", source: { text: "Noah Smith", start: pair!.enText.indexOf("Noah Smith") } });
    expect(pair!.enText.slice(flag!.source!.start, flag!.source!.end)).toBe("Noah Smith");
    expect(pair!.flags.filter((f) => f.family !== "entity").every((f) => f.source === null)).toBe(true);
  });

  it("applies a suggestion as an edit, replacing exactly the flagged span", async () => {
    const [pair] = await freshPairs();
    const flagId = await plantFlag(pair!, "noé smith", "Noah Smith");
    const res = await translator.post(`/api/pairs/${pair!.id}/flags/${flagId}/apply`, { version: 1 });
    expect(res.status).toBe(200);
    expect(res.body.pair.ptText).toBe(pair!.ptText.replace("noé smith", "Noah Smith"));
    expect(res.body.pair.version).toBe(2);
    const detail = (await translator.get(`/api/pairs/${pair!.id}`)).body;
    expect(detail.edits[1]).toMatchObject({ action: "apply-suggestion" });
    // The checks ran again on the new text: the planted flag is gone.
    expect(res.body.pair.flags.find((f: { id: string }) => f.id === flagId)).toBeUndefined();
  });

  it("dismisses a flag with a reason, as an edit of its own", async () => {
    const [pair] = await freshPairs();
    const later = await plantFlag(pair!, "IA", "a IA");
    const flagId = await plantFlag(pair!, "noé smith", null);
    const read = (await translator.get(`/api/pairs/${pair!.id}`)).body.pair;
    const planted = read.flags.filter((f: { id: string }) => f.id === flagId || f.id === later);
    expect(planted.map((f: { id: string; dismissed: boolean }) => [f.id, f.dismissed])).toEqual([[flagId, false], [later, false]]);
    const starts = read.flags.map((f: { start: number }) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const res = await translator.post(`/api/pairs/${pair!.id}/flags/${flagId}/dismiss`, { reason: "o nome está certo" });
    expect(res.status).toBe(200);
    expect(res.body.pair.flags.find((f: { id: string }) => f.id === flagId)).toMatchObject({ dismissed: true, dismissedBy: "Test translator", dismissReason: "o nome está certo" });
    expect(res.body.pair.version).toBe(2);
    expect((await translator.post(`/api/pairs/${pair!.id}/flags/${flagId}/dismiss`, { reason: "" })).status).toBe(422);
    const history = (await translator.get(`/api/pairs/${pair!.id}`)).body.edits;
    expect(history[1]).toMatchObject({ action: "dismiss-flag", note: expect.stringContaining("o nome está certo") });
    const noSuggestion = await translator.post(`/api/pairs/${pair!.id}/flags/${flagId}/apply`, { version: 2 });
    expect(noSuggestion.status).toBe(422);
  });
});

describe("review status", () => {
  it("lets a translator confirm but not approve (403); an editor approves and rejects with a comment", async () => {
    // A pair with no open error flag: those stop at the QA gate (qa-gate.test.ts).
    const pair = (await freshPairs()).find((p) => !p.flags.some((f) => f.severity === "error"));
    const confirmed = await translator.post(`/api/pairs/${pair!.id}/confirm`, { version: 1 });
    expect(confirmed.body.pair).toMatchObject({ status: "confirmed", version: 2 });
    const forbidden = await translator.post(`/api/pairs/${pair!.id}/approve`, { version: 2 });
    expect(forbidden.status).toBe(403);
    const rejected = await editor.post(`/api/pairs/${pair!.id}/reject`, { version: 2, comment: "Falta o nome" });
    expect(rejected.body.pair).toMatchObject({ status: "rejected", version: 3, commentCount: 1 });
    expect((await editor.post(`/api/pairs/${pair!.id}/reject`, { version: 3 })).status).toBe(422);
    const approved = await editor.post(`/api/pairs/${pair!.id}/approve`, { version: 3 });
    expect(approved.body.pair).toMatchObject({ status: "approved", version: 4 });
    const detail = (await translator.get(`/api/pairs/${pair!.id}`)).body;
    expect(detail.edits.map((e: { action: string }) => e.action)).toEqual(["import", "confirm", "reject", "approve"]);
    expect(detail.comments).toEqual([expect.objectContaining({ body: "Falta o nome", authorName: "Test editor" })]);
  });

  it("reverts to an earlier version as a new edit", async () => {
    const [pair] = await freshPairs();
    await translator.patch(`/api/pairs/${pair!.id}`, { ptText: "Errado.", version: 1 });
    const history = (await translator.get(`/api/pairs/${pair!.id}`)).body.edits;
    const res = await translator.post(`/api/pairs/${pair!.id}/revert`, { version: 2, editId: history[0].id });
    expect(res.body.pair).toMatchObject({ ptText: pair!.ptText, version: 3 });
    const after = (await translator.get(`/api/pairs/${pair!.id}`)).body.edits;
    expect(after.map((e: { action: string }) => e.action)).toEqual(["import", "edit", "revert"]);
    const otherPair = (await freshPairs())[0]!;
    const otherEdit = (await translator.get(`/api/pairs/${otherPair.id}`)).body.edits[0].id;
    expect((await translator.post(`/api/pairs/${pair!.id}/revert`, { version: 3, editId: otherEdit })).status).toBe(404);
  });

  it("adds comments", async () => {
    const [pair] = await freshPairs();
    const res = await translator.post(`/api/pairs/${pair!.id}/comments`, { body: "Confere com o áudio?" });
    expect(res.status).toBe(201);
    expect(res.body.comment).toMatchObject({ body: "Confere com o áudio?", authorName: "Test translator" });
    expect((await translator.get(`/api/pairs/${pair!.id}`)).body.pair.commentCount).toBe(1);
  });
});
