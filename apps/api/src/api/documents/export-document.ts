import { once } from "node:events";
import type { Response } from "express";
import { BITEXT_FILE_TYPES, serializeBitext, type BitextPair } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import type { ExportQuery } from "../../contract/index.ts";
import { NotFound } from "../../common/errors.ts";
import { toFlag } from "../pairs/pair-dto.ts";

function fileName(title: string, extension: string): string {
  const base = title.normalize("NFD").replace(/\p{M}/gu, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80).toLowerCase();
  return `${base || "document"}.${extension}`;
}

/**
 * Streams the serializer's chunks into the response, waiting for the socket to drain, so a large
 * document is never held in memory as one string.
 */
export async function exportDocument(ctx: AppContext, documentId: string, query: ExportQuery, res: Response): Promise<void> {
  const doc = await ctx.prisma.document.findUnique({ where: { id: documentId }, select: { title: true, variant: true } });
  if (!doc) throw new NotFound("document", documentId);
  const rows = await ctx.prisma.pair.findMany({
    where: { documentId, removed: false, ...(query.scope === "approved" ? { status: "approved" } : {}) },
    orderBy: { index: "asc" },
    include: { flags: { where: { dismissed: false }, orderBy: { start: "asc" } }, comments: { orderBy: { createdAt: "asc" } }, edits: { where: { version: 1 }, select: { createdAt: true, authorName: true } } },
  });
  const pairs: BitextPair[] = rows.map((r) => ({
    id: r.id, en: r.enText, pt: r.ptText, status: r.status as BitextPair["status"], paragraph: r.paragraph,
    flags: r.flags.map((f) => { const { id: _id, dismissed: _d, dismissedBy: _b, dismissReason: _r, source: _s, suggestion, ...rest } = toFlag(f); return { ...rest, family: rest.family as never, ...(suggestion ? { suggestion } : {}) }; }),
    notes: r.comments.map((c) => `${c.authorName}: ${c.body}`),
    changedAt: r.updatedAt,
    ...(r.updatedBy ? { changedBy: r.updatedBy } : {}),
    ...(r.edits[0] ? { createdAt: r.edits[0].createdAt, createdBy: r.edits[0].authorName } : {}),
  }));
  const type = BITEXT_FILE_TYPES[query.format];
  res.status(200);
  res.setHeader("Content-Type", type.mediaType);
  res.setHeader("Content-Disposition", `attachment; filename="${fileName(doc.title, type.extension)}"`);
  for (const chunk of serializeBitext(query.format, pairs, { title: doc.title, variant: doc.variant === "pt-PT" ? "pt-PT" : "pt-BR", scope: query.scope, toolVersion: "alinha-api 0.1.0" })) {
    if (!res.write(chunk)) await once(res, "drain");
  }
  res.end();
}
