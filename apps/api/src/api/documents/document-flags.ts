import type { DocumentFlag } from "../../contract/index.ts";
import { asNullableString, forUpdate, type Sql } from "../../db/sql.ts";

/**
 * A reviewer's dismissal of a document finding, kept inside the finding's stored entry
 * (Document.documentFlags) beside the aligner's fields: the findings are re-created whole by a
 * re-check or a re-alignment, and `carryDocumentDismissals` gives each new finding the dismissal
 * of the old one with the same identity (check and text), as keepDismissals does for pair flags.
 */
export interface DocumentFlagDismissal {
  dismissedBy: string;
  dismissReason: string | null;
  /** ISO time. */
  dismissedAt: string;
}

/** A stored entry: the aligner's flag as JSON, with a dismissal when a reviewer gave one. */
export type StoredDocumentFlag = Record<string, unknown>;

/** What names a document finding across re-checks: the check and the text it is about. */
export interface DocumentFlagKey {
  code: string;
  text: string;
}

/** The stored entries; a row that is not a JSON array gives none. */
export function storedDocumentFlags(json: string | null): StoredDocumentFlag[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? "[]");
  } catch {
    return [];
  }
  return Array.isArray(raw) ? raw.filter((f): f is StoredDocumentFlag => typeof f === "object" && f !== null && typeof f["code"] === "string") : [];
}

export function isFinding(f: StoredDocumentFlag, key: DocumentFlagKey): boolean {
  return f["code"] === key.code && (typeof f["text"] === "string" ? f["text"] : "") === key.text;
}

function dismissalOf(f: StoredDocumentFlag): DocumentFlagDismissal | null {
  if (f["dismissed"] !== true) return null;
  return {
    dismissedBy: typeof f["dismissedBy"] === "string" ? f["dismissedBy"] : "",
    dismissReason: typeof f["dismissReason"] === "string" ? f["dismissReason"] : null,
    dismissedAt: typeof f["dismissedAt"] === "string" ? f["dismissedAt"] : new Date(0).toISOString(),
  };
}

/** The entry dismissed (`dismissal`) or open again (null), its other fields untouched. */
export function withDismissal(f: StoredDocumentFlag, dismissal: DocumentFlagDismissal | null): StoredDocumentFlag {
  const { dismissed: _d, dismissedBy: _b, dismissReason: _r, dismissedAt: _a, ...rest } = f;
  return dismissal ? { ...rest, dismissed: true, ...dismissal } : rest;
}

/**
 * The new findings (the checks' output, JSON-ready), each dismissed if the stored finding with
 * the same check and text was: a repeated word found again, even with another count, is the
 * finding the reviewer already judged.
 */
export function carryDocumentDismissals(found: readonly object[], previousJson: string | null): StoredDocumentFlag[] {
  const previous = storedDocumentFlags(previousJson);
  return found.map((entry) => {
    const f = entry as StoredDocumentFlag;
    const key = { code: String(f["code"]), text: typeof f["text"] === "string" ? f["text"] : "" };
    const old = previous.find((p) => isFinding(p, key));
    const dismissal = old ? dismissalOf(old) : null;
    return dismissal ? withDismissal(f, dismissal) : f;
  });
}

/**
 * The new findings as JSON to store, with the dismissals of the findings stored now: read with a row lock inside the
 * caller's write transaction, so a dismissal given while the checks ran (a re-check, a re-alignment) is kept.
 */
export async function findingsToStore(sql: Sql, documentId: string, found: readonly object[]): Promise<string> {
  const [stored] = await sql.query(`SELECT "documentFlags" FROM "Document" WHERE "id" = ?${forUpdate(sql)}`, [documentId]);
  return JSON.stringify(carryDocumentDismissals(found, asNullableString(stored?.["documentFlags"])));
}

/**
 * The stored whole-document flags (Document.documentFlags, the aligner's `checkDocument` output
 * as JSON) as the API sends them: whatever checks produced them, without offsets (a document
 * flag's offsets point into the source file, which the client never sees whole). A row that is
 * not valid JSON gives none rather than failing the document.
 */
export function readDocumentFlags(json: string | null): DocumentFlag[] {
  return storedDocumentFlags(json).map((f) => {
    const severity = f["severity"] === "error" || f["severity"] === "warning" ? f["severity"] : "info";
    const suggestion = typeof f["suggestion"] === "string" ? f["suggestion"] : null;
    const occurrences = typeof f["occurrences"] === "number" ? f["occurrences"] : undefined;
    const dismissal = dismissalOf(f);
    return {
      code: String(f["code"]), family: typeof f["family"] === "string" ? f["family"] : "other", severity,
      text: typeof f["text"] === "string" ? f["text"] : "", message: typeof f["message"] === "string" ? f["message"] : "", suggestion,
      ...(occurrences !== undefined ? { occurrences } : {}),
      dismissed: dismissal !== null,
      ...(dismissal ? { dismissedBy: dismissal.dismissedBy, dismissReason: dismissal.dismissReason, dismissedAt: dismissal.dismissedAt } : {}),
    };
  });
}
