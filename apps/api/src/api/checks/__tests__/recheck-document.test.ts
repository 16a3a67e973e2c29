import { describe, expect, it } from "vitest";
import type { Flag as CheckFlag } from "@alinha/aligner";
import type { Pair } from "../../../contract/index.ts";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../../../test-support/sample.ts";
import type { FlagRow } from "../../pairs/pair-dto.ts";
import { checksFingerprint } from "../checks-fingerprint.ts";
import { keepDismissals, recheckStaleDocuments } from "../recheck-document.ts";

const server = useTestServer("translator", "editor");
const { translator, editor } = server;

const imported = (title: string) => importedDocument(translator, { title, pt: SAMPLE_PT, en: SAMPLE_EN });

/** A flag as an older version of the checks might have stored it, on text the checks leave alone today. */
async function plantStaleFlag(pair: Pair, text: string): Promise<string> {
  const start = pair.ptText.indexOf(text);
  const flag = await server.prisma.flag.create({
    data: { pairId: pair.id, documentId: pair.documentId, code: "entity-mangled", family: "entity", severity: "error", start, end: start + text.length, text, message: "An old check's finding" },
  });
  return flag.id;
}

const history = (documentId: string) => server.prisma.edit.count({ where: { documentId } });
const versions = async (documentId: string) => (await server.prisma.pair.findMany({ where: { documentId }, orderBy: { index: "asc" }, select: { version: true } })).map((p) => p.version);

describe("re-checking a document imported under other checks", () => {
  it("drops flags the checks no longer raise and keeps dismissals, without edits or new versions", async () => {
    const doc = await imported("Antigo");
    const first = doc.pairs[0]!;
    const noe = first.flags.find((f) => f.text === "noé smith")!;
    expect(noe).toBeDefined();
    await translator.post(`/api/pairs/${first.id}/flags/${noe.id}/dismiss`, { reason: "o nome está certo" });
    const stale = await plantStaleFlag(first, "escreveu");
    await server.prisma.document.update({ where: { id: doc.id }, data: { checksFingerprint: "checks of last month" } });
    const editsBefore = await history(doc.id);
    const versionsBefore = await versions(doc.id);

    expect(await recheckStaleDocuments(server.ctx)).toEqual([doc.id]);

    const after = (await translator.get(`/api/pairs/${first.id}`)).body.pair as Pair;
    expect(after.flags.find((f) => f.id === stale)).toBeUndefined();
    expect(after.flags.some((f) => f.text === "escreveu")).toBe(false);
    expect(after.flags.find((f) => f.text === "noé smith")).toMatchObject({ code: noe.code, dismissed: true, dismissedBy: "Test translator", dismissReason: "o nome está certo" });
    expect(await history(doc.id)).toBe(editsBefore);
    expect(await versions(doc.id)).toEqual(versionsBefore);
    const stored = await server.prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
    expect(stored.checksFingerprint).toBe(checksFingerprint());
    // Setup again: nothing is stale any more.
    expect(await recheckStaleDocuments(server.ctx)).toEqual([]);
  });

  it("finds exactly what an import stored, so a fresh document is left as it is", async () => {
    const doc = await imported("Novo");
    const res = await editor.postJob(`/api/documents/${doc.id}/recheck`);
    expect(res.status).toBe(200);
    expect(res.body.changedPairs).toBe(0);
    const again = (await translator.get(`/api/documents/${doc.id}/pairs`)).body.pairs as Pair[];
    expect(again.map((p) => p.flags.map((f) => f.id))).toEqual(doc.pairs.map((p) => p.flags.map((f) => f.id)));
  });

  it("lets an editor ask for it (a translator may not), and 404s an unknown document", async () => {
    const doc = await imported("Pedido");
    const stale = await plantStaleFlag(doc.pairs[1]!, "Ele");
    expect((await translator.postJob(`/api/documents/${doc.id}/recheck`)).status).toBe(403);
    const res = await editor.postJob(`/api/documents/${doc.id}/recheck`);
    expect(res.body.changedPairs).toBe(1);
    expect(res.body.document.id).toBe(doc.id);
    expect(await server.prisma.flag.count({ where: { id: stale } })).toBe(0);
    expect((await editor.postJob(`/api/documents/missing/recheck`)).status).toBe(404);
  });
});

describe("keepDismissals", () => {
  const found = (text: string, start: number): CheckFlag => ({ code: "entity-mangled", family: "entity", severity: "error", start, end: start + text.length, text, message: "m" });
  const old = (text: string, start: number, dismissed: boolean): FlagRow => ({
    id: `f${start}`, pairId: "p", documentId: "d", code: "entity-mangled", family: "entity", severity: "error", start, end: start + text.length, text, message: "m",
    suggestion: null, confidence: null, dismissed, dismissedBy: dismissed ? "Ana" : null, dismissReason: dismissed ? "certo" : null, dismissedAt: dismissed ? new Date(0) : null,
  });
  it("keeps the dismissal on the same occurrence: the second Noé dismissed stays the second", () => {
    const flags = keepDismissals([found("Noé", 0), found("Noé", 20)], [old("Noé", 0, false), old("Noé", 20, true)]);
    expect(flags.map((f) => f.dismissed)).toEqual([false, true]);
    expect(flags[1]).toMatchObject({ dismissedBy: "Ana", dismissReason: "certo" });
  });
  it("does not carry a dismissal to another check's or another text's flag", () => {
    const other = { ...found("Noé", 0), code: "casing-name" };
    expect(keepDismissals([other, found("Smith", 5)], [old("Noé", 0, true)]).map((f) => f.dismissed)).toEqual([false, false]);
  });
});
