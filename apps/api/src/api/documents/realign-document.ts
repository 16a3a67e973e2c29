// Re-alignment replaces a document's pairs but keeps the reviewers' work. The Portuguese aligned
// is the current one, rebuilt from the pairs, so reviewers' corrections survive. A new pair with
// the same Portuguese and English as an old one IS that old pair (same row: status, comments,
// dismissed flags and history stay); the other old pairs leave the document with their history
// (edits are append-only, each gets a final "realign" edit), and a new pair over reviewed ones
// starts in review with a note of what they were (realign-carry.ts decides, without the database).
import { listDocuments } from "@alinha/corpus";
import type { AppContext } from "../../app-context.ts";
import { Conflict, NotFound } from "../../common/errors.ts";
import { bulkInsert, newId } from "../../db/bulk-insert.ts";
import { checksFingerprint } from "../checks/checks-fingerprint.ts";
import type { Tx } from "../../db/index.ts";
import { asDate, asNullableString, asString } from "../../db/sql.ts";
import { findingsToStore } from "./document-flags.ts";
import type { Author } from "../pairs/pair-writer.ts";
import { alignForImport, storedFlags } from "./import-document.ts";
import { carryReview, changedNote, type OldPair, type RealignSummary } from "./realign-carry.ts";

interface DismissedFlag {
  code: string;
  text: string;
  start: number;
  dismissedBy: string | null;
  dismissReason: string | null;
  dismissedAt: Date | null;
}

export async function realignDocument(ctx: AppContext, documentId: string, en: string | undefined, who: Author, alsoInTransaction?: (tx: Tx, summary: RealignSummary) => Promise<void>): Promise<RealignSummary> {
  const doc = await ctx.prisma.document.findUnique({ where: { id: documentId } });
  if (!doc) throw new NotFound("document", documentId);
  const current = await ctx.prisma.pair.findMany({ where: { documentId, removed: false }, orderBy: { index: "asc" }, select: { id: true, version: true, ptText: true, enText: true, status: true, paragraph: true, gapBefore: true } });
  let pt = "";
  let paragraph: number | undefined;
  const old: OldPair[] = [];
  for (const p of current) {
    const entry: OldPair = { id: p.id, ptText: p.ptText, enText: p.enText, status: p.status };
    old.push(entry);
    if (!p.ptText) continue;
    // The kept gap, so a stop the file glued to the next word ("aumentam.amodei") stays glued and flagged.
    if (pt) pt += p.gapBefore ?? (p.paragraph === paragraph ? " " : "\n\n");
    entry.ptStart = pt.length;
    pt += p.ptText;
    entry.ptEnd = pt.length;
    paragraph = p.paragraph;
  }
  if (!pt) pt = doc.ptSource;
  const english = en ?? doc.enSource ?? undefined;
  const speakers = doc.builtInId ? listDocuments().find((d) => d.id === doc.builtInId)?.speakers : undefined;
  const { result, gaps, checkContext } = await alignForImport(ctx, { title: doc.title, pt, en: english, ...(doc.variant === "pt-BR" || doc.variant === "pt-PT" ? { variant: doc.variant } : {}), ...(speakers ? { speakers } : {}) });
  const { carries, summary } = carryReview(old, result.pairs);
  const flags = storedFlags(result);
  const versionOf = new Map(current.map((p) => [p.id, p.version]));

  await ctx.prisma.$transaction(async (tx) => {
    const now = new Date();
    const sql = ctx.db.sqlIn(tx);
    const rows = await tx.pair.findMany({ where: { documentId, removed: false }, orderBy: { index: "asc" }, select: { id: true, version: true, ptText: true, status: true } });
    // The alignment ran outside the transaction (it takes a while); an edit that landed
    // meanwhile would be silently dropped from the new pairs.
    const fingerprint = (list: { id: string; version: number }[]) => list.map((r) => `${r.id}@${r.version}`).join(",");
    if (fingerprint(rows) !== fingerprint(current)) throw new Conflict("The document changed while it was being re-aligned; try again.");

    const keptIds = new Set(carries.flatMap((c) => (c.kind === "kept" ? [c.oldId] : [])));
    const dismissed = new Map<string, DismissedFlag[]>();
    for (const f of await sql.query(`SELECT "pairId", "code", "text", "start", "dismissedBy", "dismissReason", "dismissedAt" FROM "Flag" WHERE "documentId" = ? AND "dismissed" = ?`, [documentId, true])) {
      const pairId = asString(f["pairId"]);
      if (!keptIds.has(pairId)) continue;
      const list = dismissed.get(pairId) ?? [];
      const at = f["dismissedAt"];
      list.push({ code: asString(f["code"]), text: asString(f["text"]), start: Number(f["start"]), dismissedBy: asNullableString(f["dismissedBy"]), dismissReason: asNullableString(f["dismissReason"]), dismissedAt: at === null || at === undefined ? null : asDate(at) });
      dismissed.set(pairId, list);
    }

    const leaving = rows.filter((p) => !keptIds.has(p.id));
    await bulkInsert(sql, "Edit", leaving.map((p) => ({
      id: newId(), pairId: p.id, documentId, version: p.version + 1, action: "realign", before: p.ptText, after: p.ptText,
      status: p.status, authorId: who.id || null, authorName: who.displayName, note: "replaced by a new alignment", createdAt: now,
    })));
    await tx.pair.updateMany({ where: { id: { in: leaving.map((p) => p.id) } }, data: { removed: true, index: -1, version: { increment: 1 }, updatedAt: now, updatedBy: who.displayName } });
    await tx.flag.deleteMany({ where: { documentId } });
    // A dismissed document finding found again (same check, same text) stays dismissed.
    const documentFlags = await findingsToStore(sql, documentId, result.documentFlags);
    await tx.document.update({
      where: { id: documentId },
      data: { ptSource: pt, enSource: result.en ? english ?? null : null, hasEnglish: result.en !== undefined, documentFlags, alignmentFindings: JSON.stringify(result.findings ?? []), checksFingerprint: checksFingerprint(), checkContext },
    });

    const ids = carries.map((c) => (c.kind === "kept" ? c.oldId : newId()));
    const fresh = result.pairs.flatMap((p, index) => (carries[index]!.kind === "kept" ? [] : [{ id: ids[index]!, index, p }]));
    await bulkInsert(sql, "Pair", fresh.map(({ id, index, p }) => ({
      id, documentId, index, type: p.type, ptText: p.ptText, ptOriginal: p.ptText, enText: p.enText,
      ptRanges: JSON.stringify(p.pt), enRanges: JSON.stringify(p.en), confidence: p.confidence,
      status: "new", version: 1, paragraph: p.paragraph ?? 0, reason: p.reason, gapBefore: gaps[index] ?? null, inlineCodes: null, removed: false, updatedAt: now, updatedBy: who.displayName,
    })));
    // A kept pair moves to its new place and bead data; its text, status and history stay.
    for (const [index, c] of carries.entries()) {
      if (c.kind !== "kept") continue;
      const p = result.pairs[index]!;
      await sql.execute(
        `UPDATE "Pair" SET "index" = ?, "type" = ?, "ptRanges" = ?, "enRanges" = ?, "confidence" = ?, "paragraph" = ?, "reason" = ?, "gapBefore" = ?, "version" = "version" + 1, "updatedAt" = ?, "updatedBy" = ? WHERE "id" = ?`,
        [index, p.type, JSON.stringify(p.pt), JSON.stringify(p.en), p.confidence, p.paragraph ?? 0, p.reason, gaps[index] ?? null, now, who.displayName, c.oldId],
      );
    }
    await bulkInsert(sql, "Edit", result.pairs.map((p, index) => {
      const c = carries[index]!;
      return c.kind === "kept"
        ? { id: newId(), pairId: c.oldId, documentId, version: versionOf.get(c.oldId)! + 1, action: "realign", before: p.ptText, after: p.ptText, status: c.status, authorId: who.id || null, authorName: who.displayName, note: "re-aligned: same Portuguese and English, status kept", createdAt: now }
        : { id: newId(), pairId: ids[index]!, documentId, version: 1, action: "realign", before: "", after: p.ptText, status: "new", authorId: who.id || null, authorName: who.displayName, note: c.kind === "changed" ? changedNote(c.was) : null, createdAt: now };
    }));
    await bulkInsert(sql, "Flag", result.pairs.flatMap((_, index) => {
      // Dismissals of a kept pair stay with the same check on the same text, occurrence by occurrence.
      const before = [...(dismissed.get(ids[index]!) ?? [])].sort((a, b) => a.start - b.start);
      return flags[index]!.map((f) => {
        const k = before.findIndex((d) => d.code === f.code && d.text === f.text);
        const d = k >= 0 ? before.splice(k, 1)[0] : undefined;
        return {
          id: newId(), pairId: ids[index]!, documentId, code: f.code, family: f.family, severity: f.severity, start: f.start, end: f.end,
          text: f.text, message: f.message, suggestion: f.suggestion ?? null, confidence: f.confidence ?? null,
          dismissed: d !== undefined, dismissedBy: d?.dismissedBy ?? null, dismissReason: d?.dismissReason ?? null, dismissedAt: d?.dismissedAt ?? null,
        };
      });
    }));
    await alsoInTransaction?.(tx, summary);
  }, { maxWait: 10_000, timeout: 120_000 });
  return summary;
}
