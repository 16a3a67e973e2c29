// What every export is made from, whichever way it is served (directly, or built by a job): the
// document's live pairs as the bitext writers take them, and the file's name and type.
import { setImmediate as nextTurn } from "node:timers/promises";
import { BitextExportError, BITEXT_FILE_TYPES, checkExportable, type BitextMeta, type BitextPair, type InlineCode } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import type { ExportQuery } from "../../contract/index.ts";
import { NotFound, Unprocessable } from "../../common/errors.ts";
import { isVisibleDocument } from "../documents/hidden-documents.ts";
import { toFlag } from "../pairs/pair-dto.ts";

/** Pairs read per query (with their flags, comments and first edit): a 5 MB document's pairs read at once held the server's thread for seconds, and even 500 at a time (Prisma maps each page in one go) for a noticeable pause. */
const PAIRS_PER_PAGE = 150;

/** The document as an export needs it, once it is known that the format can carry it. */
export interface ExportTarget {
  meta: BitextMeta;
  fileName: string;
  mediaType: string;
}

/** The suffix after the shortened title: a long title cut through "-side-by-side" read "…-side-.docx". */
function fileName(title: string, suffix: string, extension: string): string {
  const base = title.normalize("NFD").replace(/\p{M}/gu, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80).replace(/-$/, "").toLowerCase();
  return `${base || "document"}${suffix}.${extension}`;
}

/**
 * The visible document's export name and metadata; 404 when it is not there (or still being
 * imported), 422 when the format needs the English it lacks. Asked before any work is queued.
 */
export async function exportTarget(ctx: AppContext, documentId: string, query: ExportQuery): Promise<ExportTarget> {
  const doc = await ctx.prisma.document.findUnique({ where: { id: documentId }, select: { title: true, variant: true, hasEnglish: true } });
  if (!doc || !(await isVisibleDocument(ctx, documentId))) throw new NotFound("document", documentId);
  const meta: BitextMeta = { title: doc.title, variant: doc.variant === "pt-PT" ? "pt-PT" : "pt-BR", scope: query.scope, toolVersion: "alinha-api 0.1.0", hasEnglish: doc.hasEnglish };
  try {
    checkExportable(query.format, meta);
  } catch (err) {
    if (err instanceof BitextExportError) throw new Unprocessable("Format needs the English", err.message);
    throw err;
  }
  const type = BITEXT_FILE_TYPES[query.format];
  const suffix = query.format === "docx-side" ? "-side-by-side" : query.format === "xliff12" ? "-xliff12" : "";
  return { meta, fileName: fileName(doc.title, suffix, type.extension), mediaType: type.mediaType };
}

/** The document's live pairs, the measure of an export's size. */
export function livePairCount(ctx: AppContext, documentId: string): Promise<number> {
  return ctx.prisma.pair.count({ where: { documentId, removed: false } });
}

type PairRow = Awaited<ReturnType<typeof readPage>>[number];

function readPage(ctx: AppContext, documentId: string, afterIndex: number) {
  return ctx.prisma.pair.findMany({
    where: { documentId, removed: false, index: { gt: afterIndex } },
    orderBy: { index: "asc" },
    take: PAIRS_PER_PAGE,
    include: { flags: { where: { dismissed: false }, orderBy: { start: "asc" } }, comments: { orderBy: { createdAt: "asc" } }, edits: { where: { version: 1 }, select: { createdAt: true, authorName: true } } },
  });
}

function bitextPair(r: PairRow): BitextPair {
  return {
    id: r.id, en: r.enText, pt: r.ptText, status: r.status as BitextPair["status"], paragraph: r.paragraph, version: r.version,
    ...(r.inlineCodes ? { codes: JSON.parse(r.inlineCodes) as InlineCode[] } : {}),
    flags: r.flags.map((f) => { const { id: _id, dismissed: _d, dismissedBy: _b, dismissReason: _r, source: _s, suggestion, confidence, lowConfidence: _l, ...rest } = toFlag(f); return { ...rest, family: rest.family as never, ...(suggestion ? { suggestion } : {}), ...(confidence != null ? { confidence } : {}) }; }),
    notes: r.comments.map((c) => `${c.authorName}: ${c.body}`),
    changedAt: r.updatedAt,
    ...(r.updatedBy ? { changedBy: r.updatedBy } : {}),
    ...(r.edits[0] ? { createdAt: r.edits[0].createdAt, createdBy: r.edits[0].authorName } : {}),
  };
}

/**
 * Every live pair of the document in order, a page at a time, yielding between pages; `onPage`
 * hears how many were read so far. Every pair, approved or not: the writers pick the scope's and
 * number each by its place in the whole document, so an approved-only export keeps each pair's
 * own position and id.
 */
export async function readExportPairs(ctx: AppContext, documentId: string, onPage?: (read: number) => Promise<void>): Promise<BitextPair[]> {
  const pairs: BitextPair[] = [];
  for (let after = -1; ;) {
    const page = await readPage(ctx, documentId, after);
    for (const row of page) pairs.push(bitextPair(row));
    if (page.length < PAIRS_PER_PAGE) return pairs;
    after = page[page.length - 1]!.index;
    if (onPage) await onPage(pairs.length);
    await nextTurn();
  }
}
