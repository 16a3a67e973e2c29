// An export job's work: read the pairs (in pages, on this thread), build the file (ctx.buildFile:
// a worker thread on the embedded server), then store the file and mark the job succeeded in one
// transaction. A job that fails or is handed back leaves no file; one run again after a crash
// finds its file (the job is done) or builds it afresh.
import type { AppContext } from "../../app-context.ts";
import type { ExportQuery } from "../../contract/index.ts";
import { succeedJobIn } from "../jobs/job-store.ts";
import { exportTarget, livePairCount, readExportPairs } from "./export-source.ts";
import { exportTtlMs, findExportFile, removeExpiredExports, storeExportFile } from "./export-files.ts";

/** Where the finished file is downloaded from (only by the user who asked). */
export function exportFileUrl(jobId: string): string {
  return `/api/jobs/${encodeURIComponent(jobId)}/file`;
}

/**
 * @param checkpoint reports progress (0 to 1) and throws HandBack when the worker is stopping.
 * @param handBackIfStopping asked once more just before the file is written.
 */
export async function runExport(ctx: AppContext, jobId: string, documentId: string, query: ExportQuery, checkpoint: (progress: number) => Promise<void>, handBackIfStopping: () => void): Promise<void> {
  // Every export run sweeps the expired files: they go as new ones come.
  await removeExpiredExports(ctx.prisma);
  // A run thought dead already stored it (in the transaction that ended the job): done.
  if (await findExportFile(ctx.prisma, jobId)) return;
  // Asked again, not just at the request: the document may have gone to the trash since.
  const target = await exportTarget(ctx, documentId, query);
  const total = Math.max(1, await livePairCount(ctx, documentId));
  const pairs = await readExportPairs(ctx, documentId, (read) => checkpoint(0.05 + (0.35 * read) / total));
  await checkpoint(0.4);
  const bytes = await ctx.buildFile({ format: query.format, pairs, meta: target.meta });
  await checkpoint(0.9);
  const expiresAt = new Date(Date.now() + exportTtlMs());
  await ctx.sql.transaction(async (sql) => {
    handBackIfStopping();
    const file = await storeExportFile(sql, jobId, { fileName: target.fileName, mediaType: target.mediaType, expiresAt }, bytes);
    await succeedJobIn(sql, jobId, { file: { name: file.fileName, mediaType: file.mediaType, size: file.size, expiresAt: file.expiresAt.toISOString(), url: exportFileUrl(jobId) }, format: query.format, scope: query.scope });
  });
}
