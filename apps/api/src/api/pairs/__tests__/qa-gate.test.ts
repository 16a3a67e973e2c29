import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../../../test-support/sample.ts";
import type { Pair } from "../../../contract/index.ts";

const server = useTestServer("translator", "editor");
const { translator, editor } = server;

/** The sample's first pair says "noé smith" for Noah Smith: an open error flag. */
async function pairWithError(): Promise<Pair> {
  const { pairs } = await importedDocument(translator, { title: "Portão", pt: SAMPLE_PT, en: SAMPLE_EN });
  const pair = pairs.find((p) => p.flags.some((f) => f.severity === "error" && !f.dismissed));
  if (!pair) throw new Error("the sample has no error flag");
  return pair;
}

describe("the QA gate", () => {
  it("answers confirm with 409 open-errors listing the error flags, and writes nothing", async () => {
    const pair = await pairWithError();
    const res = await translator.post(`/api/pairs/${pair.id}/confirm`, { version: pair.version });
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(res.body.type).toMatch(/\/open-errors$/);
    const errors = pair.flags.filter((f) => f.severity === "error");
    expect(res.body.flags.map((f: { id: string }) => f.id).sort()).toEqual(errors.map((f) => f.id).sort());
    expect(res.body.flags.every((f: { severity: string }) => f.severity === "error")).toBe(true);
    const stored = (await translator.get(`/api/pairs/${pair.id}`)).body;
    expect(stored.pair).toMatchObject({ status: "new", version: pair.version });
  });

  it("answers approve the same way", async () => {
    const pair = await pairWithError();
    const res = await editor.post(`/api/pairs/${pair.id}/approve`, { version: pair.version });
    expect(res.status).toBe(409);
    expect(res.body.type).toMatch(/\/open-errors$/);
  });

  it("lets an override with a reason through and records it in the history", async () => {
    const pair = await pairWithError();
    const res = await translator.post(`/api/pairs/${pair.id}/confirm`, { version: pair.version, override: { reason: "The author spells it so" } });
    expect(res.status).toBe(200);
    expect(res.body.pair.status).toBe("confirmed");
    const edits = (await translator.get(`/api/pairs/${pair.id}`)).body.edits as { action: string; note: string | null }[];
    expect(edits.at(-1)).toMatchObject({ action: "confirm" });
    expect(edits.at(-1)?.note).toMatch(/QA override \(.*\): The author spells it so/);
    expect((await translator.post(`/api/pairs/${pair.id}/confirm`, { version: 2, override: { reason: " " } })).status).toBe(422);
  });

  it("opens once the error is dismissed", async () => {
    const pair = await pairWithError();
    for (const f of pair.flags.filter((f) => f.severity === "error")) {
      await translator.post(`/api/pairs/${pair.id}/flags/${f.id}/dismiss`, { reason: "The name is correct" });
    }
    const now = (await translator.get(`/api/pairs/${pair.id}`)).body.pair as Pair;
    expect((await translator.post(`/api/pairs/${pair.id}/confirm`, { version: now.version })).status).toBe(200);
  });
});

describe("the QA gate and low-confidence flags", () => {
  it("stores every flag's confidence and does not hold a pair back for an error flag the review screen hides by default", async () => {
    const pair = await pairWithError();
    // Every flag the checks raise comes with the aligner's confidence, and says whether it is shown by default.
    for (const f of pair.flags) {
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(typeof f.lowConfidence).toBe("boolean");
    }
    // The same flags made low-confidence (as the model would rate a doubtful finding): hidden, so no longer a gate.
    await server.prisma.flag.updateMany({ where: { pairId: pair.id, severity: "error" }, data: { confidence: 0.01 } });
    const now = (await translator.get(`/api/pairs/${pair.id}`)).body.pair as Pair;
    expect(now.flags.filter((f) => f.severity === "error").every((f) => f.lowConfidence === true)).toBe(true);
    const res = await translator.post(`/api/pairs/${pair.id}/confirm`, { version: now.version });
    expect(res.status).toBe(200);
    expect(res.body.pair.status).toBe("confirmed");
  });
});

describe("approved means approved", () => {
  it("refuses a translator's edit, suggestion, merge and confirm on an approved pair (403 with the reason)", async () => {
    const { pairs } = await importedDocument(translator, { title: "Aprovado", pt: SAMPLE_PT, en: SAMPLE_EN });
    const pair = pairs.find((p) => !p.flags.some((f) => f.severity === "error"))!;
    const approved = (await editor.post(`/api/pairs/${pair.id}/approve`, { version: pair.version })).body.pair as Pair;
    const edit = await translator.patch(`/api/pairs/${pair.id}`, { ptText: "Outra coisa.", version: approved.version });
    expect(edit.status).toBe(403);
    expect(edit.body.detail).toMatch(/approved: an editor has to reopen it/);
    expect((await translator.post(`/api/pairs/${pair.id}/confirm`, { version: approved.version })).status).toBe(403);
    expect((await translator.post(`/api/pairs/${pairs[0]!.id}/merge-next`, { version: pairs[0]!.version })).status).toBe(pairs[0]!.id === pair.id || pairs[1]?.id === pair.id ? 403 : 200);
    expect((await translator.post(`/api/pairs/${pair.id}/reopen`, { version: approved.version })).status).toBe(403);
    expect((await translator.get(`/api/pairs/${pair.id}`)).body.pair).toMatchObject({ ptText: pair.ptText, status: "approved" });
  });

  it("lets an editor reopen it, visibly in the history; then the translator may edit", async () => {
    const { pairs } = await importedDocument(translator, { title: "Reaberto", pt: SAMPLE_PT, en: SAMPLE_EN });
    const pair = pairs.find((p) => !p.flags.some((f) => f.severity === "error"))!;
    const approved = (await editor.post(`/api/pairs/${pair.id}/approve`, { version: pair.version })).body.pair as Pair;
    const reopened = await editor.post(`/api/pairs/${pair.id}/reopen`, { version: approved.version, reason: "Needs a second look" });
    expect(reopened.status).toBe(200);
    expect(reopened.body.pair.status).toBe("new");
    const edits = (await translator.get(`/api/pairs/${pair.id}`)).body.edits as { action: string; authorName: string; note: string | null }[];
    expect(edits.at(-1)).toMatchObject({ action: "reopen", authorName: "Test editor", note: "Needs a second look" });
    expect((await translator.patch(`/api/pairs/${pair.id}`, { ptText: "Agora sim.", version: reopened.body.pair.version })).status).toBe(200);
  });
});

describe("auto-propagation of a confirmed repetition", () => {
  it("fills the untouched pairs with the same English, marked and undoable by a revert", async () => {
    const pt = "Sim. O gato dorme.\n\nSim. O cão corre.\n\nSim. O peixe nada.";
    const en = "Yes. The cat sleeps.\n\nYes. The dog runs.\n\nYes. The fish swims.";
    const { pairs } = await importedDocument(translator, { title: "Repetições", pt, en });
    const yes = pairs.filter((p) => p.enText === "Yes.");
    expect(yes).toHaveLength(3);
    const [first, second, third] = yes as [Pair, Pair, Pair];
    // One repetition was already worked on by hand: it is left alone.
    await translator.patch(`/api/pairs/${third.id}`, { ptText: "Claro.", version: third.version });
    const edited = (await translator.patch(`/api/pairs/${first.id}`, { ptText: "Sim, claro.", version: first.version })).body.pair as Pair;
    const res = await translator.post(`/api/pairs/${first.id}/confirm`, { version: edited.version });
    expect(res.status).toBe(200);
    expect(res.body.autoFilled.map((p: Pair) => [p.id, p.ptText, p.autoFilledFrom])).toEqual([[second.id, "Sim, claro.", first.id]]);
    const detail = (await translator.get(`/api/pairs/${second.id}`)).body;
    expect(detail.edits.at(-1)).toMatchObject({ action: "auto-fill", after: "Sim, claro." });
    expect((await translator.get(`/api/pairs/${third.id}`)).body.pair.ptText).toBe("Claro.");
    // Undo: a revert to the version before, which also takes the marker away.
    const undone = await translator.post(`/api/pairs/${second.id}/revert`, { version: detail.pair.version, editId: detail.edits.at(-2).id });
    expect(undone.body.pair).toMatchObject({ ptText: second.ptText, autoFilledFrom: null });
  });
});
