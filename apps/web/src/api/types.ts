// The boundary types come from the API's zod schemas (`@alinha/api/contract`), never copied,
// so a change on one side is a compile error on the other.
import type { z } from "zod";
import type {
  BeadKind as BeadKindSchema, ReplaceMatch as ReplaceMatchSchema, TermPolicy as TermPolicySchema,
  EXPORT_FORMATS, RealignResponse as RealignResponseSchema,
} from "@alinha/api/contract";

export type {
  CheckFamily as FlagFamily, Comment, DocumentSummary, Edit, EditAction, Flag, Pair, PairStatus, Role, Term, TrashedDocument, User,
} from "@alinha/api/contract";

export type BeadKind = z.infer<typeof BeadKindSchema>;
export type TermPolicy = z.infer<typeof TermPolicySchema>;
export type ReplaceMatch = z.infer<typeof ReplaceMatchSchema>;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportScope = "approved" | "all";
/** What a re-align kept of the reviewers' work. */
export type RealignSummary = z.infer<typeof RealignResponseSchema>["realign"];
