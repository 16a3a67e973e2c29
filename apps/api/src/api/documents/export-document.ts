import { once } from "node:events";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Response } from "express";
import { BINARY_BITEXT_FORMATS, BITEXT_FILE_TYPES, BitextExportError, checkExportable, serializeBitext, writeBinaryBitext, type BinaryBitextFormat, type BitextFormat, type BitextMeta, type BitextPair, type InlineCode } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import type { ExportQuery } from "../../contract/index.ts";
import { NotFound, Unprocessable } from "../../common/errors.ts";
import { toFlag } from "../pairs/pair-dto.ts";
import { isVisibleDocument } from "./hidden-documents.ts";

function fileName(title: string, extension: string): string {
  const base = title.normalize("NFD").replace(/\p{M}/gu, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80).toLowerCase();
  return `${base || "document"}.${extension}`;
}

/** Pairs read per query (with their flags, comments and first edit): a 5 MB document's pairs read at once held the server's thread for seconds, and even 500 at a time (Prisma maps each page in one go) for a noticeable pause. */
const PAIRS_PER_PAGE = 150;
/** Longest the serialiser runs before letting other requests in. */
const SLICE_MS = 8;

type PairRow = Awaited<ReturnType<typeof readPage>>[number];

function readPage(ctx: AppContext, documentId: string, afterIndex: number) {
  return ctx.prisma.pair.findMany({
    where: { documentId, removed: false, index: { gt: afterIndex } },
    orderBy: { index: "asc" },
    take: PAIRS_PER_PAGE,
    include: { flags: { where: { dismissed: false }, orderBy: { start: "asc" } }, comments: { orderBy: { createdAt: "asc" } }, edits: { where: { version: 1 }, select: { createdAt: true, authorName: true } } },
  });
}

/** Every live pair of the document in order, a page at a time, yielding between pages. */
async function readPairs(ctx: AppContext, documentId: string): Promise<PairRow[]> {
  const rows: PairRow[] = [];
  for (let after = -1; ;) {
    const page = await readPage(ctx, documentId, after);
    rows.push(...page);
    if (page.length < PAIRS_PER_PAGE) return rows;
    after = page[page.length - 1]!.index;
    await nextTurn();
  }
}

/**
 * Streams the serializer's chunks into the response, waiting for the socket to drain, so a large
 * document is never held in memory as one string, and stepping aside every few milliseconds so
 * the server's other requests are answered while a large export is written.
 */
export async function exportDocument(ctx: AppContext, documentId: string, query: ExportQuery, res: Response): Promise<void> {
  const doc = await ctx.prisma.document.findUnique({ where: { id: documentId }, select: { title: true, variant: true, hasEnglish: true } });
  if (!doc || !(await isVisibleDocument(ctx, documentId))) throw new NotFound("document", documentId);
  const meta: BitextMeta = { title: doc.title, variant: doc.variant === "pt-PT" ? "pt-PT" : "pt-BR", scope: query.scope, toolVersion: "alinha-api 0.1.0", hasEnglish: doc.hasEnglish };
  try {
    checkExportable(query.format, meta);
  } catch (err) {
    if (err instanceof BitextExportError) throw new Unprocessable("Format needs the English", err.message);
    throw err;
  }
  // Every pair, approved or not: the writers pick the scope's and number each by its place in
  // the whole document, so an approved-only export keeps each pair's own position and id.
  const rows = await readPairs(ctx, documentId);
  const pairs: BitextPair[] = rows.map((r) => ({
    id: r.id, en: r.enText, pt: r.ptText, status: r.status as BitextPair["status"], paragraph: r.paragraph, version: r.version,
    ...(r.inlineCodes ? { codes: JSON.parse(r.inlineCodes) as InlineCode[] } : {}),
    flags: r.flags.map((f) => { const { id: _id, dismissed: _d, dismissedBy: _b, dismissReason: _r, source: _s, suggestion, ...rest } = toFlag(f); return { ...rest, family: rest.family as never, ...(suggestion ? { suggestion } : {}) }; }),
    notes: r.comments.map((c) => `${c.authorName}: ${c.body}`),
    changedAt: r.updatedAt,
    ...(r.updatedBy ? { changedBy: r.updatedBy } : {}),
    ...(r.edits[0] ? { createdAt: r.edits[0].createdAt, createdBy: r.edits[0].authorName } : {}),
  }));
  const type = BITEXT_FILE_TYPES[query.format];
  res.status(200);
  res.setHeader("Content-Type", type.mediaType);
  const suffix = query.format === "docx-side" ? "-side-by-side" : query.format === "xliff12" ? "-xliff12" : "";
  res.setHeader("Content-Disposition", `attachment; filename="${fileName(doc.title + suffix, type.extension)}"`);
  if ((BINARY_BITEXT_FORMATS as readonly string[]).includes(query.format)) {
    await writeBinaryBitext(query.format as BinaryBitextFormat, pairs, meta, res);
    return;
  }
  let slice = performance.now();
  for (const chunk of serializeBitext(query.format as BitextFormat, pairs, meta)) {
    if (!res.write(chunk)) await once(res, "drain");
    if (performance.now() - slice > SLICE_MS) {
      await nextTurn();
      slice = performance.now();
    }
  }
  res.end();
}
