import { planReimport, type CurrentPair, type InlineCode, type ParsedBitext } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { HttpError, NotFound } from "../../common/errors.ts";
import type { ReimportResponse, User } from "../../contract/index.ts";
import type { ReviewService } from "../pairs/review-service.ts";

type Outcome = Omit<ReimportResponse, "document" | "format" | "warnings">;

/**
 * A file exported from this document, edited in another tool and brought back: each changed
 * target becomes an Edit by the importing user, with a note naming the file; a pair changed in
 * Alinha since the export is a conflict, listed and left as it is. Each edit is its own
 * transaction with the usual version check, so one written meanwhile is a conflict too.
 */
export async function reimportDocument(ctx: AppContext, review: ReviewService, documentId: string, bitext: ParsedBitext, fileName: string, user: User): Promise<Outcome> {
  const doc = await ctx.prisma.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!doc) throw new NotFound("document", documentId);
  const rows = await ctx.prisma.pair.findMany({
    where: { documentId, removed: false },
    select: { id: true, index: true, ptText: true, version: true, inlineCodes: true },
    orderBy: { index: "asc" },
  });
  const fileVersion = new Map(bitext.pairs.flatMap((p) => (p.id !== undefined && p.version !== undefined ? [[p.id, p.version] as const] : [])));
  // The texts as exported, for pairs that moved on since: from their (append-only) Edits.
  const moved = rows.filter((r) => (fileVersion.get(r.id) ?? r.version) < r.version).map((r) => r.id);
  const edits = moved.length === 0 ? [] : await ctx.prisma.edit.findMany({ where: { pairId: { in: moved } }, select: { pairId: true, version: true, after: true } });
  const history = new Map<string, Map<number, string>>();
  for (const e of edits) {
    const h = history.get(e.pairId) ?? new Map<number, string>();
    h.set(e.version, e.after);
    history.set(e.pairId, h);
  }
  const current: CurrentPair[] = rows.map((r) => ({
    id: r.id, ptText: r.ptText, version: r.version,
    ...(r.inlineCodes ? { codes: JSON.parse(r.inlineCodes) as InlineCode[] } : {}),
    ...(history.has(r.id) ? { history: history.get(r.id)! } : {}),
  }));
  const plan = planReimport(current, bitext.pairs);
  const indexOf = new Map(rows.map((r) => [r.id, r.index]));
  const conflicts = plan.conflicts.map((c) => ({ ...c, index: indexOf.get(c.pairId) ?? -1, exportedVersion: c.exportedVersion ?? null }));
  const edited: string[] = [];
  const note = `re-imported from ${fileName}`;
  for (const change of plan.changes) {
    try {
      await review.editFromFile(change.pairId, change.after, change.version, user, note);
      edited.push(change.pairId);
    } catch (err) {
      // Someone saved this pair between the plan and the write: theirs stays, ours is listed.
      if (!(err instanceof HttpError) || err.status !== 409) throw err;
      const now = await ctx.prisma.pair.findUnique({ where: { id: change.pairId }, select: { ptText: true, version: true } });
      conflicts.push({ pairId: change.pairId, index: indexOf.get(change.pairId) ?? -1, ours: now?.ptText ?? "", theirs: change.after, exportedVersion: change.version, currentVersion: now?.version ?? change.version, reason: "the pair was edited in Alinha while the file was being imported" });
    }
  }
  return { fileName, edited, conflicts, unchanged: plan.unchanged, unknown: plan.unknown };
}
