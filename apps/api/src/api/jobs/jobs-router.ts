import { Router, type Response } from "express";
import type { AppContext } from "../../app-context.ts";
import { IdParams, JobResponse, Problem, type Job } from "../../contract/index.ts";
import { parse } from "../../common/validate.ts";
import { NotFound } from "../../common/errors.ts";
import { currentUser, requireRole } from "../auth/require-role.ts";
import { downloadExport } from "../exports/download-export.ts";
import { summarize } from "../documents/document-summary.ts";
import { createJob, findJob, jobJson, type JobRow } from "./job-store.ts";
import type { JobKind } from "../../contract/index.ts";
import type { Author } from "../pairs/pair-writer.ts";

/**
 * A job as the API shows it. A finished job about one document carries that document's summary
 * as it is now (what the synchronous answer used to hold), read when asked, never stored. An
 * export's result is its file (the summary would cost every poll a read for nothing).
 */
export async function jobView(ctx: AppContext, row: JobRow): Promise<Job> {
  const job = jobJson(row);
  if (job.state === "succeeded" && job.documentId && job.kind !== "recheck-all" && job.kind !== "export") {
    const [document] = await summarize(ctx, [job.documentId]);
    if (document) job.result = { ...job.result, document };
  }
  return job;
}

/** Queues a job; its view as the API shows it. */
export async function queueJob(ctx: AppContext, kind: JobKind, author: Author, fields: Record<string, unknown>, documentId: string | null): Promise<Job> {
  const row = await createJob(ctx, kind, { author, ...fields }, documentId);
  await ctx.jobs.enqueue(row.id);
  return jobView(ctx, row);
}

/** Queues a job and answers 202 with it (Location: its URL). */
export async function acceptJob(ctx: AppContext, res: Response, kind: JobKind, author: Author, fields: Record<string, unknown>, documentId: string | null): Promise<void> {
  const job = await queueJob(ctx, kind, author, fields, documentId);
  res.status(202).location(`/api/jobs/${job.id}`).json({ job });
}

export function jobsRouter(ctx: AppContext): Router {
  const router = Router();
  const json = { content: { "application/json": { schema: JobResponse } } };
  const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: Problem } } });
  ctx.registry.registerPath({
    method: "get", path: "/api/jobs/{id}", tags: ["jobs"], summary: "A background job: state, progress, result or error", request: { params: IdParams },
    responses: { 200: { description: "OK", ...json }, 404: { description: "No such job", content: { "application/problem+json": { schema: Problem } } } },
  });
  router.get("/:id", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const row = await findJob(ctx, id);
    // An export job is followed by the user who asked for it; to anyone else it does not exist.
    if (row.kind === "export" && row.createdById !== currentUser(req).id) throw new NotFound("job", id);
    res.json({ job: await jobView(ctx, row) });
  });

  ctx.registry.registerPath({
    method: "get", path: "/api/jobs/{id}/file", tags: ["jobs"], summary: "The file an export job built (only for the user who started the export), until it expires", request: { params: IdParams },
    responses: {
      200: { description: "The file (Content-Disposition: attachment)" },
      403: problem("Another user's export"), 404: problem("No such export job, or its document is gone"),
      409: problem("The export is still running, or failed (the detail says why)"), 410: problem("The file has expired: export again"),
    },
  });
  router.get("/:id/file", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    await downloadExport(ctx, id, currentUser(req), res);
  });
  return router;
}
