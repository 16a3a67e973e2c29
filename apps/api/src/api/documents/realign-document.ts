// Re-alignment replaces a document's pairs. The old pairs leave the document but keep their
// history (edits are append-only): each gets a final "realign" edit. The Portuguese aligned is
// the current one, rebuilt from the pairs, so reviewers' corrections survive.
import { listDocuments } from "@alinha/corpus";
import type { AppContext } from "../../app-context.ts";
import { Conflict, NotFound } from "../../common/errors.ts";
import { bulkInsert, newId } from "../../db/bulk-insert.ts";
import { checksFingerprint } from "../checks/checks-fingerprint.ts";
import type { Tx } from "../../db/index.ts";
import type { Author } from "../pairs/pair-writer.ts";
import { alignForImport, checkedAs, writePairs } from "./import-document.ts";

export async function realignDocument(ctx: AppContext, documentId: string, en: string | undefined, who: Author, alsoInTransaction?: (tx: Tx) => Promise<void>): Promise<void> {
  const doc = await ctx.prisma.document.findUnique({ where: { id: documentId } });
  if (!doc) throw new NotFound("document", documentId);
  const current = await ctx.prisma.pair.findMany({ where: { documentId, removed: false }, orderBy: { index: "asc" }, select: { id: true, version: true, ptText: true, paragraph: true, gapBefore: true } });
  let pt = "";
  let paragraph: number | undefined;
  for (const p of current) {
    if (!p.ptText) continue;
    // The kept gap, so a stop the file glued to the next word ("aumentam.amodei") stays glued and flagged.
    if (pt) pt += p.gapBefore ?? (p.paragraph === paragraph ? " " : "\n\n");
    pt += p.ptText;
    paragraph = p.paragraph;
  }
  if (!pt) pt = doc.ptSource;
  const english = en ?? doc.enSource ?? undefined;
  const speakers = doc.builtInId ? listDocuments().find((d) => d.id === doc.builtInId)?.speakers : undefined;
  const result = await alignForImport(ctx, { title: doc.title, pt, en: english, ...(doc.variant === "pt-BR" || doc.variant === "pt-PT" ? { variant: doc.variant } : {}), ...(speakers ? { speakers } : {}) });
  const { inputs, checkContext } = checkedAs(result, pt);
  await ctx.prisma.$transaction(async (tx) => {
    const now = new Date();
    const old = await tx.pair.findMany({ where: { documentId, removed: false }, orderBy: { index: "asc" }, select: { id: true, version: true, ptText: true, status: true } });
    // The alignment ran outside the transaction (it takes a while); an edit that landed
    // meanwhile would be silently dropped from the new pairs.
    const fingerprint = (rows: { id: string; version: number }[]) => rows.map((r) => `${r.id}@${r.version}`).join(",");
    if (fingerprint(old) !== fingerprint(current)) throw new Conflict("The document changed while it was being re-aligned; try again.");
    await bulkInsert(ctx.db.sqlIn(tx), "Edit", old.map((p) => ({
      id: newId(), pairId: p.id, documentId, version: p.version + 1, action: "realign", before: p.ptText, after: p.ptText,
      status: p.status, authorId: who.id || null, authorName: who.displayName, note: "replaced by a new alignment", createdAt: now,
    })));
    await tx.pair.updateMany({ where: { documentId, removed: false }, data: { removed: true, index: -1, version: { increment: 1 }, updatedAt: now, updatedBy: who.displayName } });
    await tx.flag.deleteMany({ where: { documentId } });
    await tx.document.update({
      where: { id: documentId },
      data: { ptSource: pt, enSource: result.en ? english ?? null : null, hasEnglish: result.en !== undefined, documentFlags: JSON.stringify(result.documentFlags), checksFingerprint: checksFingerprint(), checkContext },
    });
    await writePairs(ctx.db.sqlIn(tx), documentId, result, inputs, "realign", who, now);
    await alsoInTransaction?.(tx);
  }, { maxWait: 10_000, timeout: 120_000 });
}
