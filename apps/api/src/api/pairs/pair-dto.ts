import type { Comment, Edit, Flag, Pair } from "../../contract/index.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { FLAG_CONFIDENCE_THRESHOLD } from "@alinha/aligner";
import { englishSource } from "./flag-source.ts";
import { pageBreakAt } from "./page-break.ts";

/** What every read of a pair for the API loads with it. */
export const pairInclude = {
  flags: { orderBy: { start: "asc" } },
  _count: { select: { comments: true } },
} satisfies Prisma.PairInclude;

export type PairRow = Prisma.PairGetPayload<{ include: typeof pairInclude }>;
export type FlagRow = PairRow["flags"][number];

/** `enText`: the pair's English, where an entity flag's source is looked up. */
export function toFlag(row: FlagRow, enText = ""): Flag {
  return {
    id: row.id, code: row.code, family: row.family, severity: row.severity as Flag["severity"],
    start: row.start, end: row.end, text: row.text, message: row.message, suggestion: row.suggestion,
    confidence: row.confidence, lowConfidence: row.confidence !== null && row.confidence < FLAG_CONFIDENCE_THRESHOLD,
    source: englishSource(row, enText),
    dismissed: row.dismissed, dismissedBy: row.dismissedBy, dismissReason: row.dismissReason,
  };
}

export function toPair(row: PairRow): Pair {
  return {
    id: row.id, documentId: row.documentId, index: row.index, type: row.type as Pair["type"],
    ptText: row.ptText, ptOriginal: row.ptOriginal, enText: row.enText, confidence: row.confidence,
    status: row.status as Pair["status"], version: row.version, paragraph: row.paragraph,
    flags: row.flags.map((f) => toFlag(f, row.enText)), updatedAt: row.updatedAt.toISOString(), updatedBy: row.updatedBy,
    commentCount: row._count.comments,
    autoFilledFrom: row.autoFilledFrom ?? null,
    pageBreakAt: pageBreakAt(row.ptText, row.ptOriginal, row.ptRanges),
  };
}

export function toEdit(row: Prisma.EditGetPayload<object>): Edit {
  return {
    id: row.id, pairId: row.pairId, version: row.version, action: row.action as Edit["action"],
    before: row.before, after: row.after, status: row.status as Edit["status"],
    authorName: row.authorName, createdAt: row.createdAt.toISOString(), note: row.note,
  };
}

export function toComment(row: Prisma.CommentGetPayload<object>): Comment {
  return { id: row.id, pairId: row.pairId, authorName: row.authorName, body: row.body, createdAt: row.createdAt.toISOString() };
}
