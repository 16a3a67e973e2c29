import type { AppContext } from "../../app-context.ts";
import type { Pair, PairListQuery } from "../../contract/index.ts";
import { NotFound } from "../../common/errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { pairInclude, toPair } from "../pairs/pair-dto.ts";
import { isVisibleDocument } from "./hidden-documents.ts";

/** Case- and accent-insensitive, the same in SQLite and PostgreSQL: done here rather than in SQL. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export async function listPairs(ctx: AppContext, documentId: string, query: PairListQuery): Promise<{ total: number; offset: number; pairs: Pair[] }> {
  const { prisma } = ctx;
  if (!(await isVisibleDocument(ctx, documentId))) throw new NotFound("document", documentId);
  // A reviewer opening a page of it: its saves come next (document-warm-up.ts).
  ctx.warmUp?.opened(documentId, query.offset);
  const where: Prisma.PairWhereInput = {
    documentId, removed: false,
    ...(query.status ? { status: query.status } : {}),
    ...(query.maxConfidence !== undefined ? { confidence: { lte: query.maxConfidence } } : {}),
    ...(query.family ? { flags: { some: { family: query.family, dismissed: false } } } : {}),
  };
  const q = query.q?.trim();
  if (q) {
    const needle = fold(q);
    const candidates = await prisma.pair.findMany({ where, orderBy: { index: "asc" }, select: { id: true, ptText: true, enText: true } });
    const hits = candidates.filter((p) => fold(p.ptText).includes(needle) || fold(p.enText).includes(needle));
    const page = hits.slice(query.offset, query.offset + query.limit).map((p) => p.id);
    const rows = await prisma.pair.findMany({ where: { id: { in: page } }, include: pairInclude, orderBy: { index: "asc" } });
    return { total: hits.length, offset: query.offset, pairs: rows.map(toPair) };
  }
  const [total, rows] = await Promise.all([
    prisma.pair.count({ where }),
    prisma.pair.findMany({ where, include: pairInclude, orderBy: { index: "asc" }, skip: query.offset, take: query.limit }),
  ]);
  return { total, offset: query.offset, pairs: rows.map(toPair) };
}
