// Import = align + check + store, all or nothing: a failed import leaves no half-written document
// (store-document.ts: one transaction, or on SQLite under a job short steps with the document
// hidden until its job is done).
import { documentFromBitext, type AlignmentResult, type BitextPair, type ParsedBitext } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { Unprocessable } from "../../common/errors.ts";
import { checksFingerprint } from "../checks/checks-fingerprint.ts";
import { checkOptionsFor } from "../settings/check-options.ts";
import { bulkInsert, newId } from "../../db/bulk-insert.ts";
import type { Tx } from "../../db/index.ts";
import type { Sql } from "../../db/sql.ts";
import { storedContext, type AlignedDocument } from "../jobs/align-task.ts";
import type { Author } from "../pairs/pair-writer.ts";
import { storeDocument } from "./store-document.ts";

export interface ImportInput {
  title: string;
  pt: string;
  /** Absent or blank: the document has no English yet. */
  en?: string | undefined;
  /** Absent: the document follows the workspace's variant (settings). */
  variant?: "pt-BR" | "pt-PT" | undefined;
  /** Slug of the corpus document it comes from (seeding). */
  builtInId?: string;
  speakers?: readonly string[];
}

/** Who imports when nobody is logged in (the setup step seeding the corpus). */
export const SETUP_AUTHOR: Author = { id: "", displayName: "setup" };

export function checkTexts(pt: string, en: string | undefined): { pt: string; en: string | undefined } {
  if (pt.trim().length === 0) throw new Unprocessable("Empty text", "The Portuguese text is empty.");
  return { pt, en: en !== undefined && en.trim().length > 0 ? en : undefined };
}

/** Aligns and checks; where depends on ctx.align (a worker thread on the embedded server). */
export async function alignForImport(ctx: AppContext, input: ImportInput): Promise<AlignedDocument> {
  const { pt, en } = checkTexts(input.pt, input.en);
  const { spellers: _spellers, ...check } = await checkOptionsFor(ctx, input.variant ?? null);
  return ctx.align({ pt, en, check, ...(input.speakers ? { speakers: input.speakers } : {}) });
}

export interface ImportOptions {
  /** The new document's id (a job picks it when queued, so a rerun cannot make a second one). */
  documentId?: string;
  /** Runs inside the import's transaction after the rows are written (a job marks itself done). */
  alsoInTransaction?: (tx: Tx, documentId: string) => Promise<void>;
  /** Told when the alignment is done and the writing starts. */
  onAligned?: () => Promise<void>;
  /**
   * The import is a job's: on SQLite its rows are written in short steps, the document hidden
   * until the job is marked done (store-document.ts), so the server keeps answering meanwhile.
   */
  inSteps?: boolean;
  /** Told how much of the writing is done (0..1), between steps. */
  onWritten?: (fraction: number) => Promise<void>;
}

/** A pair's flags as stored: offsets into the pair's own text (the aligner's point into the file). */
export function storedFlags(result: AlignmentResult): AlignmentResult["pairs"][number]["flags"][] {
  let lastEnd = 0;
  return result.pairs.map((p) => {
    const base = p.pt[0]?.[0] ?? lastEnd;
    lastEnd = p.pt[p.pt.length - 1]?.[1] ?? lastEnd;
    return p.flags.map((f) => ({ ...f, start: Math.max(0, f.start - base), end: Math.max(0, f.end - base) }));
  });
}

/** Which pairs of an alignment one write covers ([from, to) in document order), and their stored flags. */
export interface PairRange {
  from: number;
  to: number;
  /** storedFlags(result), computed once for the whole document. */
  flags: AlignmentResult["pairs"][number]["flags"][];
}

/**
 * Writes the pairs of an alignment (and their "import"/"realign" edits at version 1), all of
 * them or those of `range`. `gaps` is each pair's gap before it (storedContext). `kept` gives,
 * for an imported bitext, each pair's status, notes and inline codes from the file.
 */
export async function writePairs(sql: Sql, documentId: string, result: AlignmentResult, gaps: readonly (string | null)[], action: "import" | "realign", who: Author, now: Date, kept?: readonly BitextPair[], range?: PairRange): Promise<void> {
  const from = range?.from ?? 0;
  const pairs = result.pairs.slice(from, range?.to ?? result.pairs.length).map((p, k) => ({ id: newId(), index: from + k, p }));
  const relative = range?.flags ?? storedFlags(result);
  const flags = pairs.flatMap(({ id, index }) => relative[index]!.map((f) => ({
    id: newId(), pairId: id, documentId, code: f.code, family: f.family, severity: f.severity,
    start: f.start, end: f.end, text: f.text, message: f.message,
    suggestion: f.suggestion ?? null, confidence: f.confidence ?? null, dismissed: false, dismissedBy: null, dismissReason: null, dismissedAt: null,
  })));
  await bulkInsert(sql, "Pair", pairs.map(({ id, index, p }) => ({
    id, documentId, index, type: p.type, ptText: p.ptText, ptOriginal: p.ptText, enText: p.enText,
    ptRanges: JSON.stringify(p.pt), enRanges: JSON.stringify(p.en), confidence: p.confidence,
    status: kept?.[index]?.status ?? "new", version: 1, paragraph: p.paragraph ?? 0, reason: p.reason, gapBefore: gaps[index] ?? null,
    inlineCodes: kept?.[index]?.codes ? JSON.stringify(kept[index]!.codes) : null, removed: false, updatedAt: now, updatedBy: who.displayName,
  })));
  await bulkInsert(sql, "Edit", pairs.map(({ id, index, p }) => ({
    id: newId(), pairId: id, documentId, version: 1, action, before: "", after: p.ptText, status: kept?.[index]?.status ?? "new",
    authorId: who.id || null, authorName: who.displayName, note: null, createdAt: now,
  })));
  await bulkInsert(sql, "Flag", flags);
  if (kept !== undefined) {
    // A file's notes (TMX note, XLIFF note, PO translator comment) become the pair's comments.
    await bulkInsert(sql, "Comment", pairs.flatMap(({ id, index }) => (kept[index]?.notes ?? []).map((body) => ({
      id: newId(), pairId: id, authorId: who.id || null, authorName: who.displayName, body, createdAt: now,
    }))));
  }
}

export async function importDocument(ctx: AppContext, input: ImportInput, who: Author, options: ImportOptions = {}): Promise<string> {
  const { result, gaps, checkContext } = await alignForImport(ctx, input);
  await options.onAligned?.();
  const documentId = options.documentId ?? newId();
  const now = new Date();
  await storeDocument(ctx, {
    id: documentId, title: input.title, builtInId: input.builtInId ?? null, variant: input.variant ?? null,
    ptSource: input.pt, enSource: result.en ? input.en ?? null : null, hasEnglish: result.en !== undefined,
    documentFlags: JSON.stringify(result.documentFlags), alignmentFindings: JSON.stringify(result.findings ?? []), checksFingerprint: checksFingerprint(), checkContext, createdById: who.id || null, createdAt: now,
  }, result.pairs.length, (sql, range) => writePairs(sql, documentId, result, gaps, "import", who, now, undefined, range), { ...options, flags: storedFlags(result) });
  return documentId;
}

export interface BitextImportInput {
  title: string;
  /** Absent: the file's target language if it names a variant, else the workspace's. */
  variant?: "pt-BR" | "pt-PT" | undefined;
  bitext: ParsedBitext;
}

/** A file with no text at all is refused (the router asks before queueing the import job). */
export function checkBitext(bitext: ParsedBitext): void {
  if (bitext.pairs.every((p) => p.pt.trim() === "" && p.en.trim() === "")) throw new Unprocessable("Empty file", "The file holds no text to import.");
}

const variantOf = (lang: string): "pt-BR" | "pt-PT" | undefined => {
  const tag = lang.toLowerCase().replace("_", "-");
  return tag === "pt-br" ? "pt-BR" : tag === "pt-pt" ? "pt-PT" : undefined;
};

/**
 * Imports a file another tool aligned (TMX, XLIFF, PO, TSV/CSV), already read and checked by
 * the aligner's pure `readImportFile`: its pairs are kept as they are, with their statuses,
 * notes and inline codes, and checked; all in one transaction, like a text import.
 */
export async function importBitextDocument(ctx: AppContext, input: BitextImportInput, who: Author, options: Omit<ImportOptions, "onAligned"> = {}): Promise<string> {
  const pairs = input.bitext.pairs;
  checkBitext(input.bitext);
  const variant = input.variant ?? variantOf(input.bitext.trgLang);
  const check = await checkOptionsFor(ctx, variant ?? null);
  const doc = documentFromBitext(pairs, check);
  const { gaps, checkContext } = storedContext(doc.result, doc.pt);
  const documentId = options.documentId ?? newId();
  const now = new Date();
  await storeDocument(ctx, {
    id: documentId, title: input.title, builtInId: null, variant: variant ?? null,
    ptSource: doc.pt, enSource: doc.result.en ? doc.en : null, hasEnglish: doc.result.en !== undefined,
    documentFlags: JSON.stringify(doc.result.documentFlags), checksFingerprint: checksFingerprint(), checkContext, createdById: who.id || null, createdAt: now,
  }, pairs.length, (sql, range) => writePairs(sql, documentId, doc.result, gaps, "import", who, now, pairs, range), { ...options, flags: storedFlags(doc.result) });
  return documentId;
}
