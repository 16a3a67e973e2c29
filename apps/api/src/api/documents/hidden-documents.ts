// A document whose import job has not succeeded is not shown anywhere yet: on SQLite its rows
// are written in steps (store-document.ts), and a half-written one must never be listed, opened,
// searched or offered as a translation-memory match. No column of its own: "hidden" is exactly
// "its import job is not done", so marking the job done (in the last step's transaction) is
// what shows it.
import type { AppContext } from "../../app-context.ts";
import { asString } from "../../db/sql.ts";

/** SQL for the ids of hidden documents, for `"documentId" NOT IN (…)` (no parameters). */
export const HIDDEN_DOCUMENT_IDS = `SELECT "documentId" FROM "Job" WHERE "kind" = 'import' AND "state" <> 'succeeded' AND "documentId" IS NOT NULL`;

export async function hiddenDocumentIds(ctx: Pick<AppContext, "sql">): Promise<string[]> {
  return (await ctx.sql.query(HIDDEN_DOCUMENT_IDS)).map((r) => asString(r["documentId"]));
}

/** True when the document exists and is shown. */
export async function isVisibleDocument(ctx: Pick<AppContext, "sql">, documentId: string): Promise<boolean> {
  const [row] = await ctx.sql.query(`SELECT "id" FROM "Document" WHERE "id" = ? AND "id" NOT IN (${HIDDEN_DOCUMENT_IDS})`, [documentId]);
  return row !== undefined;
}
