// Several pairs written at once (auto-fill's repetitions), each on its own: on PostgreSQL all of
// them are one statement, so these check that a stale change in it writes nothing of its own and
// takes nothing from the others.
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { findPair, writePairChanges, type PairChange } from "../pair-writer.ts";
import type { NewFlag } from "../recheck.ts";
import type { Pair } from "../../../contract/index.ts";

const server = useTestServer("translator");
const { translator } = server;

const flag = (text: string, start: number): NewFlag => ({
  code: "test.flag", family: "test", severity: "warning", start, end: start + text.length, text, message: `about ${text}`,
  suggestion: null, confidence: null, dismissed: false, dismissedBy: null, dismissReason: null, dismissedAt: null,
});

describe("writing several pairs at once", () => {
  it("writes each change whose pair is at the version read, with its edit, flags and comment, and nothing of a stale one", async () => {
    const pt = "Um gato.\n\nDois cães.\n\nTrês peixes.";
    const en = "A cat.\n\nTwo dogs.\n\nThree fish.";
    const { pairs } = await importedDocument(translator, { title: "Vários", pt, en });
    const [a, b, c] = pairs as [Pair, Pair, Pair];
    // b moves on before the batch is written: its change was read at version 1.
    const moved = await translator.patch(`/api/pairs/${b.id}`, { ptText: "Dois cachorros.", version: 1 });
    expect(moved.status).toBe(200);
    const bFlagsBefore = (await findPair(server.ctx.sql, b.id))!.flags.map((f) => f.text);

    const who = { id: "", displayName: "Lote" };
    const now = new Date();
    const change = (p: Pair, ptText: string, withComment: boolean): PairChange => ({
      pair: { id: p.id, documentId: p.documentId, version: 1, ptText: p.ptText },
      update: { action: "auto-fill", status: "edited", note: "lote", data: { ptText, autoFilledFrom: a.id }, flags: [flag(ptText.slice(0, 3), 0)] },
      ...(withComment ? { comment: { id: crypto.randomUUID(), pairId: p.id, authorId: null, authorName: "Lote", body: `sobre ${p.id}`, createdAt: now } } : {}),
    });
    const results = await writePairChanges(server.ctx.sql, [change(a, "Um felino.", true), change(b, "Dois lobos.", true), change(c, "Três atuns.", false)], who, now);

    expect(results.map((r) => r?.version ?? null)).toEqual([2, null, 2]);
    const [aNow, bNow, cNow] = await Promise.all([a, b, c].map(async (p) => (await translator.get(`/api/pairs/${p.id}`)).body));
    expect(aNow.pair).toMatchObject({ ptText: "Um felino.", version: 2, autoFilledFrom: a.id });
    expect(aNow.pair.flags.map((f: { text: string }) => f.text)).toEqual(["Um "]);
    expect(aNow.edits.map((e: { action: string }) => e.action)).toEqual(["import", "auto-fill"]);
    expect(aNow.comments.map((m: { body: string }) => m.body)).toEqual([`sobre ${a.id}`]);
    // The stale one: as its own writer left it, no edit, flag or comment of the batch.
    expect(bNow.pair).toMatchObject({ ptText: "Dois cachorros.", version: 2 });
    expect(bNow.edits.map((e: { action: string }) => e.action)).toEqual(["import", "edit"]);
    expect(bNow.pair.flags.map((f: { text: string }) => f.text)).toEqual(bFlagsBefore);
    expect(bNow.comments).toEqual([]);
    expect(cNow.pair).toMatchObject({ ptText: "Três atuns.", version: 2 });
    expect(cNow.pair.flags.map((f: { text: string }) => f.text)).toEqual(["Trê"]);
    expect(cNow.edits.at(-1)).toMatchObject({ action: "auto-fill", before: "Três peixes.", after: "Três atuns.", authorName: "Lote", note: "lote" });
  });

  it("writes each batch's own values when batches of one shape follow each other (the statement's text is kept by shape)", async () => {
    const { pairs } = await importedDocument(translator, { title: "Formas", pt: "Um gato.\n\nDois cães.", en: "A cat.\n\nTwo dogs." });
    const [a, b] = pairs as [Pair, Pair];
    const who = { id: "", displayName: "Lote" };
    const change = (p: Pair, version: number, ptText: string, flags: NewFlag[]): PairChange => ({
      pair: { id: p.id, documentId: p.documentId, version, ptText: p.ptText },
      update: { action: "auto-fill", status: "edited", note: `para ${ptText}`, data: { ptText, autoFilledFrom: a.id }, flags },
    });
    await writePairChanges(server.ctx.sql, [change(a, 1, "Um felino.", [flag("Um", 0)]), change(b, 1, "Dois lobos.", [flag("Dois", 0)])], who, new Date());
    // The same shape again, with other values; then the same count of flags whose fields come in
    // another order, which a statement kept for the first order would bind to the wrong columns.
    await writePairChanges(server.ctx.sql, [change(a, 2, "Um tigre.", [flag("tigre", 3)]), change(b, 2, "Dois ursos.", [flag("ursos", 5)])], who, new Date());
    const reordered = (f: NewFlag): NewFlag => Object.fromEntries(Object.entries(f).reverse()) as unknown as NewFlag;
    await writePairChanges(server.ctx.sql, [change(a, 3, "Um leão.", [reordered(flag("leão", 3))]), change(b, 3, "Dois cervos.", [reordered(flag("cervos", 5))])], who, new Date());
    const [aNow, bNow] = await Promise.all([a, b].map(async (p) => (await translator.get(`/api/pairs/${p.id}`)).body));
    expect(aNow.pair).toMatchObject({ ptText: "Um leão.", version: 4 });
    expect(aNow.pair.flags).toMatchObject([{ code: "test.flag", text: "leão", start: 3, end: 7, message: "about leão", severity: "warning" }]);
    expect(aNow.edits.map((e: { after: string; note: string | null }) => [e.after, e.note])).toEqual([["Um gato.", null], ["Um felino.", "para Um felino."], ["Um tigre.", "para Um tigre."], ["Um leão.", "para Um leão."]]);
    expect(bNow.pair).toMatchObject({ ptText: "Dois cervos.", version: 4 });
    expect(bNow.pair.flags).toMatchObject([{ text: "cervos", start: 5, end: 11, message: "about cervos" }]);
  });

  it("writes a long batch (a name repeated through a document) with each change's own flags, a carried dismissal's time included", async () => {
    const names = Array.from({ length: 30 }, (_, k) => `Nome ${k}.`);
    const { pairs } = await importedDocument(translator, { title: "Repetições", pt: names.join("\n\n"), en: names.map((_, k) => `Name ${k}.`).join("\n\n") });
    expect(pairs).toHaveLength(30);
    const who = { id: "", displayName: "Lote" };
    const dismissedAt = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678));
    const changes = pairs.map((p, k): PairChange => ({
      pair: { id: p.id, documentId: p.documentId, version: 1, ptText: p.ptText },
      update: {
        action: "auto-fill", status: "edited", note: `n${k}`, data: { ptText: `Nomeado ${k}.`, autoFilledFrom: pairs[0]!.id },
        // From none to three flags a change: the statement must not mix one change's with another's.
        ...(k % 4 === 0 ? {} : { flags: Array.from({ length: k % 4 }, (_, j) => ({ ...flag(`N${k}-${j}`, j), ...(j === 0 ? { dismissed: true, dismissedBy: "Ana", dismissReason: "nome", dismissedAt } : {}) })) }),
      },
    }));
    const results = await writePairChanges(server.ctx.sql, changes, who, new Date());
    expect(results.map((r) => r?.version)).toEqual(pairs.map(() => 2));
    const stored = await Promise.all(pairs.map((p) => findPair(server.ctx.sql, p.id)));
    stored.forEach((row, k) => {
      expect(row).toMatchObject({ ptText: `Nomeado ${k}.`, version: 2, status: "edited", autoFilledFrom: pairs[0]!.id });
      if (k % 4 === 0) return; // its flags as the import left them
      expect(row!.flags.map((f) => f.text)).toEqual(Array.from({ length: k % 4 }, (_, j) => `N${k}-${j}`));
      expect(row!.flags[0]).toMatchObject({ dismissed: true, dismissedBy: "Ana", dismissReason: "nome" });
      expect(row!.flags[0]!.dismissedAt?.getTime()).toBe(dismissedAt.getTime());
    });
    const history = (await translator.get(`/api/pairs/${pairs[7]!.id}`)).body;
    expect(history.edits.at(-1)).toMatchObject({ action: "auto-fill", before: "Nome 7.", after: "Nomeado 7.", note: "n7", authorName: "Lote" });
  });

  it("writes a batch whose changes share most values (one Portuguese, note, time and flags) with each change's own version, text before and flags", async () => {
    const names = Array.from({ length: 6 }, (_, k) => `Nome ${k}.`);
    const { pairs } = await importedDocument(translator, { title: "Iguais", pt: names.join("\n\n"), en: names.map(() => "Name.").join("\n\n") });
    // Two of them move on first: their changes are read at version 2, from another text.
    for (const p of pairs.slice(0, 2)) expect((await translator.patch(`/api/pairs/${p.id}`, { ptText: `Outro ${p.index}.`, version: 1 })).status).toBe(200);
    const who = { id: "", displayName: "Lote" };
    const now = new Date(Date.UTC(2026, 4, 6, 7, 8, 9, 123));
    const dismissedAt = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678));
    const changes = pairs.map((p, k): PairChange => ({
      pair: { id: p.id, documentId: p.documentId, version: k < 2 ? 2 : 1, ptText: k < 2 ? `Outro ${p.index}.` : p.ptText },
      update: {
        action: "auto-fill", status: "edited", note: "de 1", data: { ptText: "Igual.", autoFilledFrom: pairs[0]!.id },
        // The same flags for all but two: one keeps its own, one gets a dismissal (a date where the others have none).
        ...(k === 3 ? {} : { flags: [flag("Igual", 0), ...(k === 5 ? [{ ...flag("al.", 3), dismissed: true, dismissedBy: "Ana", dismissReason: "nome", dismissedAt }] : [])] }),
      },
    }));
    const flagsBefore = (await findPair(server.ctx.sql, pairs[3]!.id))!.flags.map((f) => f.text);
    const results = await writePairChanges(server.ctx.sql, changes, who, now);
    expect(results.map((r) => r?.version)).toEqual([3, 3, 2, 2, 2, 2]);
    for (const [k, p] of pairs.entries()) {
      const { pair, edits } = (await translator.get(`/api/pairs/${p.id}`)).body;
      expect(pair).toMatchObject({ ptText: "Igual.", version: k < 2 ? 3 : 2, status: "edited", autoFilledFrom: pairs[0]!.id, updatedBy: "Lote" });
      expect(new Date(pair.updatedAt).getTime()).toBe(now.getTime());
      expect(edits.at(-1)).toMatchObject({ action: "auto-fill", version: k < 2 ? 3 : 2, before: k < 2 ? `Outro ${p.index}.` : `Nome ${k}.`, after: "Igual.", note: "de 1", authorName: "Lote", status: "edited" });
      const { flags } = (await findPair(server.ctx.sql, p.id))!;
      if (k === 3) expect(flags.map((f) => f.text)).toEqual(flagsBefore);
      else expect(flags.map((f) => [f.text, f.dismissed, f.dismissedAt?.getTime() ?? null])).toEqual([["Igual", false, null], ...(k === 5 ? [["al.", true, dismissedAt.getTime()]] : [])]);
    }
  });

  it("answers a stale approval with 409 and keeps neither its history row nor its comment", async () => {
    const { pairs } = await importedDocument(translator, { title: "Corrida", pt: "Bom dia.\n\nBoa noite.", en: "Good morning.\n\nGood night." });
    const pair = pairs.find((p) => !p.flags.some((f) => f.severity === "error"))!;
    const editor = await server.as("editor");
    const attempts = await Promise.all(Array.from({ length: 6 }, (_, i) => editor.post(`/api/pairs/${pair.id}/approve`, { version: pair.version, comment: `aprovado ${i}` })));
    expect(attempts.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const winner = attempts.findIndex((r) => r.status === 200);
    const detail = (await translator.get(`/api/pairs/${pair.id}`)).body;
    expect(detail.edits.map((e: { action: string }) => e.action)).toEqual(["import", "approve"]);
    expect(detail.comments.map((m: { body: string }) => m.body)).toEqual([`aprovado ${winner}`]);
  });
});
