import { z } from "zod";

export const JOB_KINDS = ["import", "realign", "recheck", "recheck-all", "reimport", "export"] as const;
export const JobKind = z.enum(JOB_KINDS).meta({ id: "JobKind" });
export type JobKind = z.infer<typeof JobKind>;

export const JOB_STATES = ["queued", "running", "succeeded", "failed"] as const;
export const JobState = z.enum(JOB_STATES).meta({ id: "JobState" });
export type JobState = z.infer<typeof JobState>;

/**
 * A background job (202 Accepted answers carry it, with Location: /api/jobs/{id}). Poll it until
 * `state` is "succeeded" (`result` holds what the synchronous answer used to: `{ document }`,
 * `{ document, changedPairs }`, `{ documents, changedPairs }`; an export's `{ file: ExportedFile, format, scope }`) or "failed" (`error` is the
 * problem+json the request would have been answered with).
 */
export const Job = z
  .object({
    id: z.string(),
    kind: JobKind,
    state: JobState,
    /** 0 to 1. */
    progress: z.number().min(0).max(1),
    result: z.record(z.string(), z.unknown()).nullable(),
    error: z.object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string() }).passthrough().nullable(),
    documentId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Job" });
export type Job = z.infer<typeof Job>;

export const JobResponse = z.object({ job: Job }).meta({ id: "JobResponse" });
