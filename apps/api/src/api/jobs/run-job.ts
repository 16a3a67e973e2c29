// Runs one job to its end, whichever queue handed it over. Every job's writes are all-or-nothing
// (one transaction), and an import's document id is fixed when it is queued, so running a job
// again after a crash finishes it or finds it finished: never a second document.
import type { AppContext } from "../../app-context.ts";
import { asHttpError, problemBody } from "../../common/problem-details.ts";
import { recheckDocument } from "../checks/recheck-document.ts";
import { importBitextDocument, importDocument, type BitextImportInput, type ImportInput } from "../documents/import-document.ts";
import { realignDocument } from "../documents/realign-document.ts";
import { removeDocumentInSteps } from "../documents/store-document.ts";
import { reimportDocument } from "../documents/reimport-document.ts";
import { ReviewService } from "../pairs/review-service.ts";
import { DOCUMENT_WRITTEN } from "../pairs/document-warm-up.ts";
import type { ParsedBitext } from "@alinha/aligner";
import type { User } from "../../contract/index.ts";

/** A re-import's input: the file as read by the router, and who brings it back. */
interface ReimportInput {
  reimport: { user: User; bitext: ParsedBitext; format: string; fileName: string };
}
import type { Tx } from "../../db/index.ts";
import type { Author } from "../pairs/pair-writer.ts";
import { recheckAllDocuments } from "../settings/recheck-all.ts";
import { runExport } from "../exports/run-export.ts";
import type { ExportQuery } from "../../contract/index.ts";
import { failJob, findJob, jobInput, reportProgress, requeueJob, startJob, succeedJob } from "./job-store.ts";

/** Thrown when a worker stops mid-job: the job goes back to the queue, untouched. */
export class HandBack extends Error {
  constructor() {
    super("handed back: the worker is stopping");
  }
}

export interface RunOptions {
  /** Asked between steps; true hands the job back instead of going on. */
  stopping?: () => boolean;
}

/** What each kind of job is queued with (an import: texts to align, or a bitext file already read). */
type Input = { author: Author; document?: ImportInput; bitext?: BitextImportInput; en?: string; export?: ExportQuery } & Partial<ReimportInput>;

/**
 * Tells every API process that a document's pairs were written anew, so that each checks them in
 * the background before reviewers' saves do (document-warm-up.ts). The job is done whatever
 * happens here.
 */
async function announceWritten(ctx: AppContext, documentId: string): Promise<void> {
  await ctx.db.changes.publish(DOCUMENT_WRITTEN, { documentId }).catch((err: unknown) => ctx.log?.(err, `announcing document ${documentId}`));
}

export async function runJob(ctx: AppContext, id: string, options: RunOptions = {}): Promise<void> {
  if (!(await startJob(ctx, id))) return;
  const job = await findJob(ctx, id);
  const input = JSON.parse(await jobInput(ctx, id)) as Input;
  const checkpoint = async (progress: number) => {
    if (options.stopping?.()) throw new HandBack();
    await reportProgress(ctx, id, progress);
  };
  try {
    await checkpoint(0.05);
    switch (job.kind) {
      case "import": {
        const documentId = job.documentId!;
        if (await ctx.prisma.document.findUnique({ where: { id: documentId }, select: { id: true } })) {
          // Written whole by a run thought dead (its job is done with it), or the hidden
          // remainder of a run stopped between steps (store-document.ts): cleared, written again.
          if ((await findJob(ctx, id)).state === "succeeded") return;
          await removeDocumentInSteps(ctx, documentId);
        }
        const steps = { documentId, inSteps: true, alsoInTransaction: (tx: Tx) => succeedJob(tx, id, {}) };
        if (input.bitext) {
          await importBitextDocument(ctx, input.bitext, input.author, { ...steps, onWritten: (f) => checkpoint(0.1 + 0.9 * f) });
        } else {
          await importDocument(ctx, input.document!, input.author, { ...steps, onAligned: () => checkpoint(0.8), onWritten: (f) => checkpoint(0.8 + 0.2 * f) });
        }
        await announceWritten(ctx, documentId);
        return;
      }
      case "realign":
        // The result carries the summary the synchronous answer did ({ document, realign }).
        await realignDocument(ctx, job.documentId!, input.en, input.author, async (tx, realign) => {
          if (options.stopping?.()) throw new HandBack();
          await succeedJob(tx, id, { realign });
        });
        await announceWritten(ctx, job.documentId!);
        return;
      case "reimport": {
        const outcome = await reimportDocument(ctx, new ReviewService(ctx), job.documentId!, input.reimport!.bitext, input.reimport!.fileName, input.reimport!.user);
        // The result is the ReimportResponse; the job's view adds the document's summary.
        await succeedJob(ctx.prisma, id, { format: input.reimport!.format, warnings: input.reimport!.bitext.warnings, ...outcome });
        return;
      }
      case "recheck": {
        const report = await recheckDocument(ctx, job.documentId!);
        await succeedJob(ctx.prisma, id, { changedPairs: report.changed });
        return;
      }
      case "recheck-all": {
        const report = await recheckAllDocuments(ctx, (done, of) => checkpoint(0.05 + (0.95 * done) / Math.max(1, of)));
        await succeedJob(ctx.prisma, id, { documents: report.documents, changedPairs: report.changedPairs });
        return;
      }
      case "export":
        await runExport(ctx, id, job.documentId!, input.export!, checkpoint, () => {
          if (options.stopping?.()) throw new HandBack();
        });
        return;
      default:
        throw new Error(`unknown job kind ${job.kind}`);
    }
  } catch (err) {
    if (err instanceof HandBack) {
      await requeueJob(ctx, id);
      throw err;
    }
    // A run that lost a race with another run of the same job (a worker thought dead) finds its
    // work already there: the job is done, not failed.
    if ((job.kind === "import" || job.kind === "export") && (await ctx.prisma.job.findUnique({ where: { id } }))?.state === "succeeded") return;
    const problem = asHttpError(err);
    await failJob(ctx, id, problemBody(problem));
    if (problem.status >= 500) ctx.log?.(err, `job ${id}`);
  }
}
