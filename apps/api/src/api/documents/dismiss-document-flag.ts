// A reviewer dismisses a finding about the whole document (or takes the dismissal back). The
// dismissal lives in the finding's stored entry (document-flags.ts), so no column and no
// migration; the Document row has no version, so the write is conditional on the JSON read
// being still the one stored, and a write that lost the race (a re-check, another dismissal)
// reads again rather than overwriting it.
import type { AppContext } from "../../app-context.ts";
import type { DocumentFlag, User } from "../../contract/index.ts";
import { Conflict, HttpError, NotFound } from "../../common/errors.ts";
import { asNullableString } from "../../db/sql.ts";
import { HIDDEN_DOCUMENT_IDS } from "./hidden-documents.ts";
import { isFinding, readDocumentFlags, storedDocumentFlags, withDismissal, type DocumentFlagDismissal, type DocumentFlagKey } from "./document-flags.ts";

const ATTEMPTS = 5;

class NoSuchFinding extends HttpError {
  constructor(key: DocumentFlagKey) {
    super(404, "Not found", `The document has no finding of the check "${key.code}" about "${key.text}" (a re-check may have removed it).`);
  }
}

/** Dismisses (`reason` given) or restores (null) one document finding; the document's findings as stored after. */
export async function setDocumentFlagDismissal(ctx: AppContext, documentId: string, key: DocumentFlagKey, reason: string | null, user: User): Promise<DocumentFlag[]> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    // A document still importing is not shown anywhere (hidden-documents.ts), so not here either.
    const [doc] = await ctx.sql.query(`SELECT "documentFlags" FROM "Document" WHERE "id" = ? AND "id" NOT IN (${HIDDEN_DOCUMENT_IDS})`, [documentId]);
    if (!doc) throw new NotFound("document", documentId);
    const json = asNullableString(doc["documentFlags"]);
    const stored = storedDocumentFlags(json);
    if (!stored.some((f) => isFinding(f, key))) throw new NoSuchFinding(key);
    const dismissal: DocumentFlagDismissal | null = reason === null ? null : { dismissedBy: user.displayName, dismissReason: reason, dismissedAt: new Date().toISOString() };
    // Dismissing what is dismissed keeps the first dismissal (as for a pair flag); restoring what is open does nothing.
    const next = stored.map((f) => (isFinding(f, key) && (f["dismissed"] === true) !== (dismissal !== null) ? withDismissal(f, dismissal) : f));
    const nextJson = JSON.stringify(next);
    if (nextJson === JSON.stringify(stored)) return readDocumentFlags(json);
    const written = await ctx.sql.execute(`UPDATE "Document" SET "documentFlags" = ? WHERE "id" = ? AND "documentFlags" = ?`, [nextJson, documentId, json ?? "[]"]);
    if (written === 1) return readDocumentFlags(nextJson);
  }
  throw new Conflict("The document's findings kept changing (a re-check running?); try again.");
}
