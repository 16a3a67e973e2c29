// GET /api/jobs/:id/file: an export job's file, for the user who asked for it and nobody else,
// while its document is still there and the file has not expired. Anything else is a clear
// refusal; nothing is ever sent of a file that is not whole (it is stored whole or not at all).
import type { Response } from "express";
import type { AppContext } from "../../app-context.ts";
import type { User } from "../../contract/index.ts";
import { Conflict, Forbidden, HttpError, NotFound } from "../../common/errors.ts";
import { isVisibleDocument } from "../documents/hidden-documents.ts";
import { findJob } from "../jobs/job-store.ts";
import { findExportFile, sendExportFile } from "./export-files.ts";

export class ExportGone extends HttpError {
  constructor(detail: string) { super(410, "Export expired", detail); }
}

/** The export job `id` if `user` asked for it; 404 for any other job (its id tells nothing), 403 for another's export. */
export async function ownExportJob(ctx: AppContext, id: string, user: User) {
  const job = await findJob(ctx, id);
  if (job.kind !== "export") throw new NotFound("export job", id);
  if (job.createdById !== user.id) throw new Forbidden("This export was asked for by another user: its file is theirs alone. Export the document yourself.");
  return job;
}

export async function downloadExport(ctx: AppContext, id: string, user: User, res: Response): Promise<void> {
  const job = await ownExportJob(ctx, id, user);
  if (job.state === "failed") {
    const problem = job.error ? (JSON.parse(job.error) as { detail?: string }) : {};
    throw new Conflict(`The export failed, so there is no file: ${problem.detail ?? "see the job's error"}`);
  }
  if (job.state !== "succeeded") throw new Conflict(`The export is not ready yet (${job.state}, ${Math.round(job.progress * 100)}%): follow GET /api/jobs/${id} until it has succeeded.`);
  if (!job.documentId || !(await isVisibleDocument(ctx, job.documentId))) throw new NotFound("document", job.documentId ?? "");
  const file = await findExportFile(ctx.prisma, id);
  if (!file || file.expiresAt.getTime() <= Date.now()) throw new ExportGone("This export's file has expired and was deleted: export the document again.");
  await sendExportFile(ctx.sql, id, file, res);
}
