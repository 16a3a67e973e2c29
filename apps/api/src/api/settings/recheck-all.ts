import type { AppContext } from "../../app-context.ts";
import { recheckDocument } from "../checks/recheck-document.ts";

export interface RecheckAllReport {
  documents: number;
  changedPairs: number;
}

/** Every document, one after the other (each re-check writes in batches of its own). */
export async function recheckAllDocuments(ctx: AppContext): Promise<RecheckAllReport> {
  const docs = await ctx.prisma.document.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
  let changedPairs = 0;
  for (const { id } of docs) changedPairs += (await recheckDocument(ctx, id)).changed;
  return { documents: docs.length, changedPairs };
}
