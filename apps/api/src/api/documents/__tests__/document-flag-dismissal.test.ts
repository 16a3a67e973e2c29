import { describe, expect, it } from "vitest";
import { getDocument } from "@alinha/corpus";
import type { DocumentFlag } from "../../../contract/index.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import type { SqlDb, SqlValue } from "../../../db/sql.ts";
import { setDocumentFlagDismissal } from "../dismiss-document-flag.ts";
import { carryDocumentDismissals, readDocumentFlags } from "../document-flags.ts";

const server = useTestServer("translator", "editor");
const { translator, editor } = server;

// All in lower case, with "dario amodei" flagged in many pairs: reported once, as a repeated finding.
const amodei = getDocument("amodei-ai-unicorn");
const importAmodei = (title: string) => importedDocument(translator, { title, pt: amodei.pt, en: amodei.en });
const NAME = { code: "casing-name", text: "dario amodei" };

const findingsOf = async (id: string): Promise<DocumentFlag[]> => (await translator.get(`/api/documents/${id}`)).body.document.documentFlags;
const named = (flags: DocumentFlag[]) => flags.find((f) => f.code === NAME.code && f.text === NAME.text);

describe("dismissing a finding about the whole document", () => {
  it("marks it dismissed, with who and why, and it stays so through the re-check and the re-alignment", async () => {
    const doc = await importAmodei("Amodei dispensado");
    const before = named(await findingsOf(doc.id));
    expect(before).toMatchObject({ dismissed: false });
    expect(before!.occurrences).toBeGreaterThanOrEqual(3);

    const res = await translator.post(`/api/documents/${doc.id}/flags/dismiss`, { ...NAME, reason: "o texto é assim" });
    expect(res.status).toBe(200);
    expect(named(res.body.documentFlags)).toMatchObject({ dismissed: true, dismissedBy: "Test translator", dismissReason: "o texto é assim" });
    // The other findings are left as they were.
    expect((res.body.documentFlags as DocumentFlag[]).filter((f) => f.dismissed)).toHaveLength(1);
    expect(named(await findingsOf(doc.id))).toMatchObject({ dismissed: true, occurrences: before!.occurrences });

    expect((await editor.postJob(`/api/documents/${doc.id}/recheck`)).status).toBe(200);
    expect(named(await findingsOf(doc.id))).toMatchObject({ dismissed: true, dismissReason: "o texto é assim" });

    expect((await editor.postJob(`/api/documents/${doc.id}/realign`, {})).status).toBe(200);
    expect(named(await findingsOf(doc.id))).toMatchObject({ dismissed: true, dismissedBy: "Test translator" });
  });

  it("restores it, and dismissing it twice keeps the first dismissal", async () => {
    const doc = await importAmodei("Amodei restaurado");
    await translator.post(`/api/documents/${doc.id}/flags/dismiss`, { ...NAME, reason: "primeiro" });
    const again = await editor.post(`/api/documents/${doc.id}/flags/dismiss`, { ...NAME, reason: "segundo" });
    expect(named(again.body.documentFlags)).toMatchObject({ dismissed: true, dismissedBy: "Test translator", dismissReason: "primeiro" });

    const res = await translator.post(`/api/documents/${doc.id}/flags/restore`, NAME);
    expect(res.status).toBe(200);
    expect(named(res.body.documentFlags)).toEqual(expect.objectContaining({ dismissed: false }));
    expect(named(res.body.documentFlags)!.dismissedBy).toBeUndefined();
    expect((await editor.postJob(`/api/documents/${doc.id}/recheck`)).status).toBe(200);
    expect(named(await findingsOf(doc.id))).toMatchObject({ dismissed: false });
  });

  it("refuses a visitor not logged in, 404s an unknown finding or document, and 422s a bad body", async () => {
    const doc = await importAmodei("Amodei recusado");
    expect((await server.anonymous().post(`/api/documents/${doc.id}/flags/dismiss`, { ...NAME, reason: "x" })).status).toBe(401);
    expect((await server.anonymous().post(`/api/documents/${doc.id}/flags/restore`, NAME)).status).toBe(401);

    const unknown = await translator.post(`/api/documents/${doc.id}/flags/dismiss`, { code: NAME.code, text: "ninguém", reason: "x" });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain("ninguém");
    expect((await translator.post(`/api/documents/missing/flags/dismiss`, { ...NAME, reason: "x" })).status).toBe(404);

    expect((await translator.post(`/api/documents/${doc.id}/flags/dismiss`, { ...NAME })).status).toBe(422);
    expect((await translator.post(`/api/documents/${doc.id}/flags/dismiss`, { ...NAME, reason: "   " })).status).toBe(422);
    expect((await translator.post(`/api/documents/${doc.id}/flags/restore`, { code: NAME.code })).status).toBe(422);
    expect(named(await findingsOf(doc.id))).toMatchObject({ dismissed: false });
  });

  it("loses neither of two dismissals given at once", async () => {
    const doc = await importAmodei("Amodei simultâneo");
    const other = (await findingsOf(doc.id)).find((f) => !(f.code === NAME.code && f.text === NAME.text))!;
    expect(other).toBeDefined();
    const results = await Promise.all([
      translator.post(`/api/documents/${doc.id}/flags/dismiss`, { ...NAME, reason: "um" }),
      editor.post(`/api/documents/${doc.id}/flags/dismiss`, { code: other.code, text: other.text, reason: "outro" }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect((await findingsOf(doc.id)).filter((f) => f.dismissed).map((f) => f.dismissReason).sort()).toEqual(["outro", "um"]);
  });
});

describe("a dismissal written while another write lands", () => {
  it("reads again rather than overwrite the other write", async () => {
    const doc = await importAmodei("Amodei corrida");
    const other = (await findingsOf(doc.id)).find((f) => !(f.code === NAME.code && f.text === NAME.text))!;
    const user = { id: "u", username: "u", displayName: "Ana", role: "translator" as const };
    let raced = false;
    // Between this dismissal's read and its write, another reviewer dismisses the other finding.
    const sql: SqlDb = Object.create(server.ctx.sql, {
      query: {
        value: async (text: string, args?: readonly SqlValue[]) => {
          const rows = await server.ctx.sql.query(text, args);
          if (!raced && text.includes(`SELECT "documentFlags"`)) {
            raced = true;
            await setDocumentFlagDismissal(server.ctx, doc.id, other, "o outro", { ...user, displayName: "Rui" });
          }
          return rows;
        },
      },
    });
    const flags = await setDocumentFlagDismissal({ ...server.ctx, sql }, doc.id, NAME, "este", user);
    expect(raced).toBe(true);
    expect(flags.filter((f) => f.dismissed).map((f) => [f.text, f.dismissedBy]).sort()).toEqual([[NAME.text, "Ana"], [other.text, "Rui"]].sort());
    expect((await findingsOf(doc.id)).filter((f) => f.dismissed)).toHaveLength(2);
  });
});

describe("carryDocumentDismissals", () => {
  const stored = JSON.stringify([
    { code: "casing-name", text: "ana", message: "m", occurrences: 3, dismissed: true, dismissedBy: "Ana", dismissReason: "certo", dismissedAt: "2026-01-01T00:00:00.000Z" },
    { code: "casing-name", text: "rui", message: "m", occurrences: 4 },
  ]);

  it("gives a finding found again (same check and text, another count) its dismissal, and no other", () => {
    const found = [
      { code: "casing-name", text: "ana", message: "m", occurrences: 5 },
      { code: "casing-name", text: "rui", message: "m", occurrences: 4 },
      { code: "spelling", text: "ana", message: "m" },
    ];
    const flags = readDocumentFlags(JSON.stringify(carryDocumentDismissals(found, stored)));
    expect(flags.map((f) => [f.code, f.text, f.dismissed, f.occurrences])).toEqual([
      ["casing-name", "ana", true, 5], ["casing-name", "rui", false, 4], ["spelling", "ana", false, undefined],
    ]);
    expect(flags[0]).toMatchObject({ dismissedBy: "Ana", dismissReason: "certo", dismissedAt: "2026-01-01T00:00:00.000Z" });
  });

  it("reads a row that is not JSON as no findings, carrying nothing", () => {
    expect(carryDocumentDismissals([{ code: "c", text: "t" }], "{oops")).toEqual([{ code: "c", text: "t" }]);
    expect(readDocumentFlags("{oops")).toEqual([]);
  });
});
