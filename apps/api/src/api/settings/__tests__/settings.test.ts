import { describe, expect, it } from "vitest";
import type { Pair } from "../../../contract/index.ts";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { recheckStaleDocuments } from "../../checks/recheck-document.ts";

const server = useTestServer("translator", "editor", "admin");
const { translator, editor, admin } = server;

/** European forms ("equipa", "projecto", "bilião") and one Brazilian scale word ("trilhão"). */
const MIXED_PT = "A equipa lançou o projecto em Lisboa. O custo foi de um bilião de reais e depois de um trilhão.";

async function imported(title: string, variant?: "pt-BR" | "pt-PT"): Promise<string> {
  const res = await translator.postJob("/api/documents", { title, pt: MIXED_PT, ...(variant ? { variant } : {}) });
  expect(res.status).toBe(201);
  return res.body.document.id as string;
}

const pairsOf = async (id: string): Promise<Pair[]> => (await translator.get(`/api/documents/${id}/pairs`)).body.pairs;
const flagged = async (id: string, code: string): Promise<string[]> =>
  (await pairsOf(id)).flatMap((p) => p.flags.filter((f) => f.code === code).map((f) => f.text));

describe("who may read and change the settings", () => {
  it("lets anyone signed in read them, editors and admins change them, and nobody else", async () => {
    expect((await server.anonymous().get("/api/settings")).status).toBe(401);
    const read = await translator.get("/api/settings");
    expect(read.status).toBe(200);
    expect(read.body.settings).toEqual({ variant: "pt-BR", disabledChecks: [], updatedAt: null, updatedBy: null });

    expect((await translator.patch("/api/settings", { disabledChecks: ["punctuation-spacing"] })).status).toBe(403);
    expect((await translator.postJob("/api/settings/recheck-all")).status).toBe(403);
    expect((await server.anonymous().patch("/api/settings", { variant: "pt-PT" })).status).toBe(401);

    const byEditor = await editor.patch("/api/settings", { disabledChecks: ["punctuation-spacing"] });
    expect(byEditor.status).toBe(200);
    expect(byEditor.body.settings).toMatchObject({ variant: "pt-BR", disabledChecks: ["punctuation-spacing"], updatedBy: "Test editor" });
    const byAdmin = await admin.patch("/api/settings", { disabledChecks: [] });
    expect(byAdmin.status).toBe(200);
    expect((await translator.get("/api/settings")).body.settings).toMatchObject({ disabledChecks: [], updatedBy: "Test admin" });
  });
});

describe("validation", () => {
  it("refuses an unknown check id with a 422 that names it and lists the valid ones", async () => {
    const res = await editor.patch("/api/settings", { disabledChecks: ["variant-form", "spellcheck-everything"] });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.detail).toContain('"spellcheck-everything"');
    expect(res.body.issues).toEqual([{ path: "disabledChecks.1", message: 'No check has the id "spellcheck-everything".' }]);
    expect(res.body.validChecks).toContain("variant-form");
    expect(res.body.validChecks).not.toContain("spellcheck-everything");
    // Nothing of the refused change was kept.
    expect((await translator.get("/api/settings")).body.settings.disabledChecks).toEqual([]);
  });

  it("refuses a variant other than pt-BR / pt-PT and fields it does not know", async () => {
    expect((await editor.patch("/api/settings", { variant: "pt-AO" })).status).toBe(422);
    expect((await editor.patch("/api/settings", { disabledChecks: "variant-form" })).status).toBe(422);
    expect((await editor.patch("/api/settings", { terms: [] })).status).toBe(422);
  });
});

describe("turning a check off", () => {
  it("marks documents stale, drops its flags on re-check, keeps them away after an edit, and brings them back when on again", async () => {
    const doc = await imported("Equipa");
    expect(await flagged(doc, "variant-form")).toEqual(["equipa", "projecto", "bilião"]);

    const off = await editor.patch("/api/settings", { disabledChecks: ["variant-form"] });
    expect(off.status).toBe(200);
    expect(off.body.settings.disabledChecks).toEqual(["variant-form"]);
    expect(off.body.staleDocuments).toBeGreaterThanOrEqual(1);
    // Stored flags are only re-computed by a re-check.
    expect(await flagged(doc, "variant-form")).toHaveLength(3);

    const all = await editor.postJob("/api/settings/recheck-all");
    expect(all.status).toBe(200);
    expect(all.body.documents).toBeGreaterThanOrEqual(1);
    expect(all.body.changedPairs).toBeGreaterThanOrEqual(1);
    expect(await flagged(doc, "variant-form")).toEqual([]);
    expect((await editor.patch("/api/settings", {})).body.staleDocuments).toBe(0);

    const [pair] = await pairsOf(doc);
    const saved = await translator.patch(`/api/pairs/${pair!.id}`, { ptText: `${pair!.ptText} A equipa  voltou.`, version: pair!.version });
    expect(saved.status).toBe(200);
    const codes = (saved.body.pair as Pair).flags.map((f) => f.code);
    expect(codes).not.toContain("variant-form");
    // The other checks still run on the edit: the doubled space is caught.
    expect(codes).toContain("punctuation-spacing");

    const on = await editor.patch("/api/settings", { disabledChecks: [] });
    expect(on.body.staleDocuments).toBeGreaterThanOrEqual(1);
    await editor.postJob("/api/settings/recheck-all");
    expect(await flagged(doc, "variant-form")).toContain("equipa");
  });

  it("is what setup re-checks: the documents a change made stale, then none", async () => {
    const doc = await imported("Setup");
    await editor.patch("/api/settings", { disabledChecks: ["variant-form", "number-mismatch"] });
    const rechecked = await recheckStaleDocuments(server.ctx);
    expect(rechecked).toContain(doc);
    expect(await flagged(doc, "variant-form")).toEqual([]);
    expect(await recheckStaleDocuments(server.ctx)).toEqual([]);
    // Saving the same list again changes nothing and makes nothing stale.
    const again = await editor.patch("/api/settings", { disabledChecks: ["number-mismatch", "variant-form"] });
    expect(again.body.staleDocuments).toBe(0);
    await editor.patch("/api/settings", { disabledChecks: [] });
    await editor.postJob("/api/settings/recheck-all");
  });
});

describe("the target variant", () => {
  it("checks documents imported without a variant against the workspace's, and leaves an explicit one alone", async () => {
    const follows = await imported("Segue");
    const brazilian = await imported("Brasileiro", "pt-BR");
    expect(await flagged(follows, "variant-form")).toContain("bilião");
    expect(await flagged(follows, "variant-form")).not.toContain("trilhão");

    const res = await editor.patch("/api/settings", { variant: "pt-PT" });
    expect(res.status).toBe(200);
    expect(res.body.settings.variant).toBe("pt-PT");
    // Only the documents that follow the workspace are stale; the explicit pt-BR one is not.
    const stale = await server.prisma.document.findMany({ where: { checksFingerprint: "" }, select: { id: true } });
    expect(stale.map((d) => d.id)).toContain(follows);
    expect(stale.map((d) => d.id)).not.toContain(brazilian);
    expect(res.body.staleDocuments).toBe(stale.length);

    await editor.postJob("/api/settings/recheck-all");
    const european = await pairsOf(follows);
    const variantFlags = european.flatMap((p) => p.flags.filter((f) => f.code === "variant-form"));
    expect(variantFlags.map((f) => f.text)).toEqual(["trilhão"]);
    expect(variantFlags[0]!.suggestion).toBe("bilião");
    expect(await flagged(brazilian, "variant-form")).toEqual(["equipa", "projecto", "bilião"]);

    // A new import without a variant is checked as European from the start.
    const fresh = await imported("Novo europeu");
    expect(await flagged(fresh, "variant-form")).toEqual(["trilhão"]);
    await editor.patch("/api/settings", { variant: "pt-BR" });
  });
});
