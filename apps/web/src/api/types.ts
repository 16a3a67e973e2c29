// The boundary types come from the API's zod schemas (`@alinha/api/contract`), never copied,
// so a change on one side is a compile error on the other.
import type { z } from "zod";
import type {
  BeadKind as BeadKindSchema, BulkApproveResponse, RecaseApplyResponse as RecaseApplyResponseSchema, ReplaceMatch as ReplaceMatchSchema, TermPolicy as TermPolicySchema,
  EXPORT_FORMATS, ExportedFile as ExportedFileSchema, ReimportResponse as ReimportResponseSchema, RealignResponse as RealignResponseSchema,
} from "@alinha/api/contract";

export type {
  CheckFamily as FlagFamily, Comment, DocumentFlag, DocumentSummary, Edit, EditAction, Flag, MemoryMatch, Pair, PairStatus, Role, Term, TrashedDocument, User, Viewer, RecaseChange,
} from "@alinha/api/contract";

export type BeadKind = z.infer<typeof BeadKindSchema>;
export type TermPolicy = z.infer<typeof TermPolicySchema>;
export type ReplaceMatch = z.infer<typeof ReplaceMatchSchema>;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportScope = "approved" | "all";
/** The file an export job built: downloaded from `url` by the user who asked, until `expiresAt`. */
export type ExportedFile = z.infer<typeof ExportedFileSchema>;
export type ReimportResponse = z.infer<typeof ReimportResponseSchema>;
/** A pair bulk approval left alone because an error flag is open on it (the QA gate). */
export type BulkSkip = NonNullable<z.infer<typeof BulkApproveResponse>["skipped"]>[number];
/** What a re-align kept of the reviewers' work. */
export type RealignSummary = z.infer<typeof RealignResponseSchema>["realign"];
/** What the bulk recasing of a document wrote, and the pairs it left alone (changed since the preview). */
export type RecaseApplyResponse = z.infer<typeof RecaseApplyResponseSchema>;
