// Job rows: the resource behind 202 answers, the same in every API process and worker.
import { randomUUID } from "node:crypto";
import type { AppContext } from "../../app-context.ts";
import type { Job, JobKind, JobState } from "../../contract/index.ts";
import { NotFound } from "../../common/errors.ts";
import type { Tx } from "../../db/index.ts";
import type { Sql } from "../../db/sql.ts";
import type { Author } from "../pairs/pair-writer.ts";

/** A job as shown (its input is apart: JobInput). */
export interface JobRow {
  id: string;
  kind: string;
  state: string;
  progress: number;
  result: string | null;
  error: string | null;
  documentId: string | null;
  attempts: number;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What every job's input holds besides its own fields: who asked. */
export interface JobInput {
  author: Author;
}

export function jobJson(row: JobRow): Job {
  return {
    id: row.id, kind: row.kind as JobKind, state: row.state as JobState, progress: row.progress,
    result: row.result ? (JSON.parse(row.result) as Record<string, unknown>) : null,
    error: row.error ? (JSON.parse(row.error) as Job["error"]) : null,
    documentId: row.documentId, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A queued job and its input, in one transaction. Plain SQL: an import's input is its whole
 * texts, and through Prisma's query compiler 10 MB of parameters held the server's thread.
 */
export async function createJob(ctx: AppContext, kind: JobKind, input: JobInput & Record<string, unknown>, documentId: string | null): Promise<JobRow> {
  const now = new Date();
  const row: JobRow = { id: randomUUID(), kind, state: "queued", progress: 0, result: null, error: null, documentId, attempts: 0, createdById: input.author.id || null, createdAt: now, updatedAt: now };
  const columns = Object.keys(row) as (keyof JobRow)[];
  await ctx.sql.transaction(async (sql) => {
    await sql.execute(`INSERT INTO "Job" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`, columns.map((c) => row[c]));
    await sql.execute(`INSERT INTO "JobInput" ("jobId", "input") VALUES (?, ?)`, [row.id, JSON.stringify(input)]);
  });
  return row;
}

export async function findJob(ctx: AppContext, id: string): Promise<JobRow> {
  const row = await ctx.prisma.job.findUnique({ where: { id } });
  if (!row) throw new NotFound("job", id);
  return row;
}

/** What the job was queued with (only the process that runs it reads this). */
export async function jobInput(ctx: AppContext, id: string): Promise<string> {
  const row = await ctx.prisma.jobInput.findUnique({ where: { jobId: id }, select: { input: true } });
  if (!row) throw new NotFound("job input", id);
  return row.input;
}

/** Marks a queued (or, after a crash, running) job as running again; false if it is already over. */
export async function startJob(ctx: AppContext, id: string): Promise<boolean> {
  const { count } = await ctx.prisma.job.updateMany({ where: { id, state: { in: ["queued", "running"] } }, data: { state: "running", progress: 0, attempts: { increment: 1 }, updatedAt: new Date() } });
  return count === 1;
}

export async function reportProgress(ctx: AppContext, id: string, progress: number): Promise<void> {
  await ctx.prisma.job.updateMany({ where: { id, state: "running" }, data: { progress: Math.max(0, Math.min(1, progress)), updatedAt: new Date() } });
}

/** Done: in the transaction that wrote the job's work when there is one, so both land or neither. */
export async function succeedJob(db: AppContext["prisma"] | Tx, id: string, result: Record<string, unknown>): Promise<void> {
  await db.job.update({ where: { id }, data: { state: "succeeded", progress: 1, result: JSON.stringify(result), updatedAt: new Date() } });
  // Its input is not needed again (a succeeded job never runs again).
  await db.jobInput.deleteMany({ where: { jobId: id } });
}

/** succeedJob in plain SQL, for a job whose work is written in a plain-SQL transaction (an export's file). */
export async function succeedJobIn(sql: Sql, id: string, result: Record<string, unknown>): Promise<void> {
  await sql.execute(`UPDATE "Job" SET "state" = 'succeeded', "progress" = 1, "result" = ?, "updatedAt" = ? WHERE "id" = ?`, [JSON.stringify(result), new Date(), id]);
  await sql.execute(`DELETE FROM "JobInput" WHERE "jobId" = ?`, [id]);
}

export async function failJob(ctx: AppContext, id: string, problem: Record<string, unknown>): Promise<void> {
  await ctx.prisma.job.updateMany({ where: { id, state: "running" }, data: { state: "failed", error: JSON.stringify(problem), updatedAt: new Date() } });
}

/** Back to the queue (a worker shutting down hands its job back). */
export async function requeueJob(ctx: AppContext, id: string): Promise<void> {
  await ctx.prisma.job.updateMany({ where: { id, state: "running" }, data: { state: "queued", progress: 0, updatedAt: new Date() } });
}

/** Jobs a stopped process left queued or running (the embedded runner picks them up again at start). */
export async function unfinishedJobs(ctx: AppContext): Promise<string[]> {
  return (await ctx.prisma.job.findMany({ where: { state: { in: ["queued", "running"] } }, orderBy: { createdAt: "asc" }, select: { id: true } })).map((j) => j.id);
}
