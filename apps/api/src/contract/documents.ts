import { z } from "zod";
import { CheckFamily, DocumentFlag, DocumentSummary, Id, Pair, PairStatus, ReadVersion } from "./common.ts";
import { storable } from "./text.ts";
import { QaOverride } from "./pairs.ts";
import { Job } from "./jobs.ts";

/** Per file; larger uploads are answered with 413. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const ImportDocumentBody = z
  .object({
    title: storable(z.string().trim().min(1).max(300)),
    pt: storable(z.string()),
    en: storable(z.string()).optional(),
    variant: z.enum(["pt-BR", "pt-PT"]).optional(),
  })
  .meta({ id: "ImportDocumentBody" });
export type ImportDocumentBody = z.infer<typeof ImportDocumentBody>;

export const DocumentResponse = z.object({ document: DocumentSummary }).meta({ id: "DocumentResponse" });
export const DocumentListResponse = z
  .object({ documents: z.array(DocumentSummary) })
  .meta({ id: "DocumentListResponse" });

/** Optional English to attach before aligning again (a document imported without one). */
export const RealignBody = z.object({ en: storable(z.string()).optional() }).meta({ id: "RealignBody" });

/** After a re-align: the document, and what became of the reviewers' work. */
export const RealignResponse = z
  .object({
    document: DocumentSummary,
    realign: z.object({
      kept: z.number().int().describe("Pairs with the same Portuguese and English as before: status, comments, dismissals and history kept"),
      needsReview: z.number().int().describe("New pairs over pairs a reviewer had worked on: back in review, the old status noted in their history"),
      approvedToReview: z.number().int().describe("Approved pairs that did not survive unchanged"),
      total: z.number().int(),
    }),
  })
  .meta({ id: "RealignResponse" });

/** After a re-check: the document, and how many pairs' flags changed. */
export const RecheckResponse = z
  .object({ document: DocumentSummary, changedPairs: z.number().int() })
  .meta({ id: "RecheckResponse" });

export const PairListQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
  status: PairStatus.optional(),
  family: CheckFamily.optional(),
  maxConfidence: z.coerce.number().min(0).max(1).optional(),
  q: z.string().max(500).optional(),
});
export type PairListQuery = z.infer<typeof PairListQuery>;

export const PairListResponse = z
  .object({ total: z.number().int(), offset: z.number().int(), pairs: z.array(Pair) })
  .meta({ id: "PairListResponse" });

export const BulkApproveBody = z
  .object({
    pairIds: z.array(Id).min(1).max(5000),
    comment: storable(z.string().max(5000)).optional(),
    /** Approve the pairs with open errors too, for this reason (kept in each one's history); without it they are skipped. */
    override: QaOverride.optional(),
  })
  .meta({ id: "BulkApproveBody" });
export const BulkApproveResponse = z
  .object({
    approved: z.number().int(),
    /** Of those approved, how many had open errors and passed by the override. */
    overridden: z.number().int().optional(),
    conflicts: z.array(z.string()),
    /** Pairs left unapproved because an error-severity flag is open on them (the QA gate). */
    skipped: z.array(z.object({ pairId: z.string(), index: z.number().int(), codes: z.array(z.string()) })).optional(),
  })
  .meta({ id: "BulkApproveResponse" });

/** `xliff` is XLIFF 2.0, `xliff12` XLIFF 1.2; `docx` the clean Portuguese, `docx-side` the side-by-side table. */
export const EXPORT_FORMATS = ["tmx", "xliff", "xliff12", "po", "tsv", "csv", "xlsx", "html", "md", "txt", "docx", "docx-side"] as const;
export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS),
  scope: z.enum(["approved", "all"]).default("all"),
});
export type ExportQuery = z.infer<typeof ExportQuery>;
/** POST /api/documents/{id}/export: the same choice, as the body of a request that starts an export job. */
export const ExportJobBody = ExportQuery.meta({ id: "ExportJobBody" });

/** An export job's result: its file, downloaded from `url` (GET, by the user who asked) until `expiresAt`. */
export const ExportedFile = z
  .object({ name: z.string(), mediaType: z.string(), size: z.number().int(), expiresAt: z.string(), url: z.string() })
  .meta({ id: "ExportedFile" });
export type ExportedFile = z.infer<typeof ExportedFile>;

/** A pair both the file and Alinha changed since the export: listed, never overwritten. */
export const ReimportConflict = z
  .object({ pairId: z.string(), index: z.number().int(), ours: z.string(), theirs: z.string(), exportedVersion: z.number().int().nullable(), currentVersion: z.number().int(), reason: z.string() })
  .meta({ id: "ReimportConflict" });
export const ReimportResponse = z
  .object({
    document: DocumentSummary,
    fileName: z.string(),
    format: z.string(),
    /** Pairs whose target the file changed: each became an Edit by the importing user. */
    edited: z.array(z.string()),
    conflicts: z.array(ReimportConflict),
    unchanged: z.number().int(),
    /** Ids in the file that are not pairs of this document. */
    unknown: z.array(z.string()),
    warnings: z.array(z.string()),
  })
  .meta({ id: "ReimportResponse" });
export type ReimportResponse = z.infer<typeof ReimportResponse>;

/** One pair of a document in lower case with its capitals restored: the text now and after. */
export const RecaseChange = z
  .object({ pairId: z.string(), index: z.number().int(), version: z.number().int(), before: z.string(), after: z.string() })
  .meta({ id: "RecaseChange" });
export type RecaseChange = z.infer<typeof RecaseChange>;
export const RecasePreviewResponse = z
  .object({
    /** Every pair whose Portuguese the recasing changes, in document order; nothing is written yet. */
    changes: z.array(RecaseChange),
    /** Approved pairs that would change but are left out: a translator cannot change them. */
    approvedLeftOut: z.number().int(),
  })
  .meta({ id: "RecasePreviewResponse" });
export const RecaseApplyBody = z
  .object({ targets: z.array(z.object({ pairId: Id, version: ReadVersion })).min(1).max(5000) })
  .meta({ id: "RecaseApplyBody" });
export const RecaseApplyResponse = z
  .object({
    /** One edit each (action `recase`); `version` is the pair's new version. */
    applied: z.array(RecaseChange),
    /** Pairs changed since the preview (or gone, or approved for a translator): left as they are. */
    conflicts: z.array(z.string()),
    /**
     * The re-check of the whole document the recasing calls for (its document findings and the
     * neighbours' flags), run as a background job; null when nothing was applied.
     */
    recheck: Job.nullable(),
  })
  .meta({ id: "RecaseApplyResponse" });

/** Names a document finding by what survives a re-check: its check and its text (not its place in the list). */
const DocumentFlagIdentity = {
  code: z.string().trim().min(1).max(200),
  text: storable(z.string().max(5000)),
};
export const DismissDocumentFlagBody = z
  .object({ ...DocumentFlagIdentity, reason: storable(z.string().trim().min(1).max(1000)) })
  .meta({ id: "DismissDocumentFlagBody" });
export const RestoreDocumentFlagBody = z.object(DocumentFlagIdentity).meta({ id: "RestoreDocumentFlagBody" });
export const DocumentFlagsResponse = z.object({ documentFlags: z.array(DocumentFlag) }).meta({ id: "DocumentFlagsResponse" });
