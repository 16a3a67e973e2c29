import type { AppContext } from "../../app-context.ts";
import { recheckDocument } from "../checks/recheck-document.ts";
import { hiddenDocumentIds } from "../documents/hidden-documents.ts";

export interface RecheckAllReport {
  documents: number;
  changedPairs: number;
}

/** Every document, one after the other (each re-check writes in batches of its own). */
export async function recheckAllDocuments(ctx: AppContext, onProgress?: (done: number, of: number) => Promise<void>): Promise<RecheckAllReport> {
  // A document still being imported is checked with the settings of its own import.
  const docs = await ctx.prisma.document.findMany({ where: { id: { notIn: await hiddenDocumentIds(ctx) } }, select: { id: true }, orderBy: { createdAt: "asc" } });
  let changedPairs = 0;
  for (const [k, { id }] of docs.entries()) {
    changedPairs += (await recheckDocument(ctx, id)).changed;
    await onProgress?.(k + 1, docs.length);
  }
  return { documents: docs.length, changedPairs };
}
