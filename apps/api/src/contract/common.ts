// The shapes the API sends and receives. This module imports only zod, so the web app can use
// the same schemas (`@alinha/api/contract`); `.meta({ id })` names them in the OpenAPI document.
import { z } from "zod";

export const ROLES = ["translator", "editor", "admin"] as const;
export const Role = z.enum(ROLES).meta({ id: "Role" });
export type Role = z.infer<typeof Role>;

export const PAIR_STATUSES = ["new", "edited", "confirmed", "approved", "rejected"] as const;
export const PairStatus = z.enum(PAIR_STATUSES).meta({ id: "PairStatus" });
export type PairStatus = z.infer<typeof PairStatus>;

export const BEAD_KINDS = [
  "1-0", "0-1", "1-1", "1-2", "2-1", "2-2", "1-3", "3-1",
  // A list against its flattened other side (the aligner's list mode grows 3-1/1-3 past three items).
  "4-1", "5-1", "6-1", "7-1", "8-1", "9-1", "10-1", "11-1", "12-1",
  "1-4", "1-5", "1-6", "1-7", "1-8", "1-9", "1-10", "1-11", "1-12",
] as const;
export const BeadKind = z.enum(BEAD_KINDS).meta({ id: "BeadKind" });

export const CHECK_FAMILIES = [
  "entity", "casing", "untranslated", "foreign", "variant", "markup", "junk",
  "repetition", "broken", "punctuation", "number", "omission", "mistranslation",
  "spelling", "consistency",
] as const;
export const CheckFamily = z.enum(CHECK_FAMILIES).meta({ id: "CheckFamily" });
export type CheckFamily = z.infer<typeof CheckFamily>;

export const SEVERITIES = ["error", "warning", "info"] as const;
export const Severity = z.enum(SEVERITIES).meta({ id: "Severity" });

/** The closed set of history actions (house style: an Edit is never updated or deleted). */
export const EDIT_ACTIONS = [
  "import", "edit", "apply-suggestion", "confirm", "approve", "reject", "merge", "split",
  "move", "realign", "revert", "dismiss-flag", "propagate",
  // An editor takes an approved (or confirmed) pair back to work; also how an undone confirm is written.
  "reopen",
  // The Portuguese copied from a confirmed pair with the same English in the document (auto-propagation).
  "auto-fill",
  // Capitals restored by the bulk fix of a document in lower case (sentence starts, names, acronyms).
  "recase",
] as const;
export const EditAction = z.enum(EDIT_ACTIONS).meta({ id: "EditAction" });
export type EditAction = z.infer<typeof EditAction>;

/** Every id the API hands out (UUIDs, cuids) fits; a longer one is refused before any lookup. */
export const Id = z.string().min(1).max(64);
export const IdParams = z.object({ id: Id });

/** The pair version the client read; a stale one gets 409 with the pair as stored now. */
export const ReadVersion = z.number().int().min(1);

export const User = z
  .object({ id: z.string(), username: z.string(), displayName: z.string(), role: Role })
  .meta({ id: "User" });
export type User = z.infer<typeof User>;

export const Flag = z
  .object({
    id: z.string(),
    code: z.string(),
    family: z.string(),
    severity: Severity,
    /** Offsets into the pair's current ptText. */
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    message: z.string(),
    suggestion: z.string().nullable().optional(),
    /**
     * How likely a reviewer calls this flag genuine (0–1, the aligner's flag-confidence model); null for a
     * flag stored before the model existed.
     */
    confidence: z.number().min(0).max(1).nullable().optional(),
    /**
     * Under the aligner's FLAG_CONFIDENCE_THRESHOLD: the review screen shows it only on demand, and the QA
     * gate does not hold a pair back for it. A flag without a confidence is never low-confidence.
     */
    lowConfidence: z.boolean().optional(),
    /**
     * For an entity flag, the name of the English it stands for ("Noah Smith" for "noé smith"),
     * with offsets into the pair's enText; null when the English does not have it.
     */
    source: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).nullable().optional(),
    dismissed: z.boolean(),
    dismissedBy: z.string().nullable().optional(),
    dismissReason: z.string().nullable().optional(),
  })
  .meta({ id: "Flag" });
export type Flag = z.infer<typeof Flag>;

export const Pair = z
  .object({
    id: z.string(),
    documentId: z.string(),
    index: z.number().int(),
    type: BeadKind,
    ptText: z.string(),
    ptOriginal: z.string(),
    enText: z.string(),
    confidence: z.number(),
    status: PairStatus,
    version: z.number().int(),
    paragraph: z.number().int(),
    flags: z.array(Flag),
    updatedAt: z.string(),
    updatedBy: z.string().nullable().optional(),
    commentCount: z.number().int(),
    /**
     * The pair whose confirmed Portuguese was copied into this one because their English is the
     * same (auto-propagation); null once someone edits, confirms or undoes it.
     */
    autoFilledFrom: z.string().nullable().optional(),
    /**
     * Where the aligner joined two lines of the Portuguese file into this one sentence (a
     * page-break repair): the offset in ptText where the second line starts. Null when there is
     * no such join or the text has been edited since. Splitting there undoes the repair.
     */
    pageBreakAt: z.number().int().nullable().optional(),
  })
  .meta({ id: "Pair" });
export type Pair = z.infer<typeof Pair>;

export const Edit = z
  .object({
    id: z.string(),
    pairId: z.string(),
    version: z.number().int(),
    action: EditAction,
    /** The pair's Portuguese before and after this edit. */
    before: z.string(),
    after: z.string(),
    /** The pair's status after this edit. */
    status: PairStatus,
    authorName: z.string(),
    createdAt: z.string(),
    note: z.string().nullable().optional(),
  })
  .meta({ id: "Edit" });
export type Edit = z.infer<typeof Edit>;

export const Comment = z
  .object({ id: z.string(), pairId: z.string(), authorName: z.string(), body: z.string(), createdAt: z.string() })
  .meta({ id: "Comment" });
export type Comment = z.infer<typeof Comment>;

/**
 * A finding about a whole document (a document in lower case, spaced hyphens used as dashes…),
 * as the aligner's `checkDocument` gives it. When it carries both `text` and a `suggestion`,
 * its bulk fix is "replace that text with the suggestion wherever it occurs in the document",
 * offered as a reviewable preview (POST /api/replace/preview) before anything is written.
 */
export const DocumentFlag = z
  .object({
    code: z.string(),
    family: z.string(),
    severity: Severity,
    text: z.string(),
    message: z.string(),
    suggestion: z.string().nullable().optional(),
    /** How many times the checks flagged this text in the document's pairs, reported here once (a repeated finding). */
    occurrences: z.number().int().min(1).optional(),
    /** A reviewer dismissed it (POST /api/documents/{id}/flags/dismiss); it stays dismissed across re-checks. */
    dismissed: z.boolean().optional(),
    dismissedBy: z.string().nullable().optional(),
    dismissReason: z.string().nullable().optional(),
    dismissedAt: z.string().nullable().optional(),
  })
  .meta({ id: "DocumentFlag" });
export type DocumentFlag = z.infer<typeof DocumentFlag>;
/** A finding of the aligner about the whole document (a stretch one side lacks, a moved block, an unrelated English). */
export const AlignmentFinding = z
  .object({
    code: z.enum(["alignment.portuguese-only", "alignment.english-only", "alignment.moved-block", "alignment.unrelated-english"]),
    message: z.string(),
    pt: z.tuple([z.number().int(), z.number().int()]).optional(),
    en: z.tuple([z.number().int(), z.number().int()]).optional(),
  })
  .meta({ id: "AlignmentFinding" });
export type AlignmentFinding = z.infer<typeof AlignmentFinding>;
export const AlignmentFindings = z.array(AlignmentFinding);

export const DocumentSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    hasEnglish: z.boolean(),
    pairCount: z.number().int(),
    statusCounts: z.record(PairStatus, z.number().int()),
    /**
     * Words per status, counted on each pair's English (its Portuguese when it has none), as a
     * CAT tool counts the source.
     */
    wordCounts: z.record(PairStatus, z.number().int()),
    /** Open (not dismissed) flags per family. */
    flagCounts: z.record(z.string(), z.number().int()),
    lowConfidenceCount: z.number().int(),
    createdAt: z.string(),
    lastActivityAt: z.string(),
    builtIn: z.boolean(),
    /** The checks' findings about the document as a whole (see DocumentFlag). */
    documentFlags: z.array(DocumentFlag).optional(),
    /** What the alignment says of the whole document, shown above its pairs. */
    alignmentFindings: z.array(AlignmentFinding),
  })
  .meta({ id: "DocumentSummary" });
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const TERM_POLICIES = ["keep", "preferred", "forbidden"] as const;
export const TermPolicy = z.enum(TERM_POLICIES).meta({ id: "TermPolicy" });

export const Term = z
  .object({
    id: z.string(),
    term: z.string(),
    kind: z.string(),
    policy: TermPolicy,
    replacement: z.string().nullable().optional(),
    note: z.string().nullable().optional(),
    /**
     * Other accepted forms ("Altman" for "Sam Altman"); the checks accept them too. The API always
     * sends it; optional so that a client may build a Term (a new one, a test's) without it.
     */
    aliases: z.array(z.string()).optional(),
  })
  .meta({ id: "Term" });
export type Term = z.infer<typeof Term>;

/** RFC 9457 problem details; a 409 adds `current`, the pair as stored now. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    current: Pair.optional(),
    /** Each invalid field; `position` is the offset of a character in a text that cannot be stored. */
    issues: z.array(z.object({ path: z.string(), message: z.string(), position: z.number().int().optional() })).optional(),
    /** On a 409 `open-errors`: the error-severity flags still open on the pair. */
    flags: z.array(Flag).optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof Problem>;

/**
 * Below this confidence a pair counts as "low confidence" (progress bars, the grid's marker and
 * filter). It is the aligner's REVIEW_THRESHOLD: confidence is a fitted probability that the
 * pair is right, and below 0.9 pairs are wrong about 100x as often as above it (pnpm bench).
 * Repeated here because the contract may import only zod; a test keeps the two equal.
 */
export const LOW_CONFIDENCE = 0.9;
