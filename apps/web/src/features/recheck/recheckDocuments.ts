import type { DocumentSummary } from "../../api/types.ts";

export interface RecheckReport {
  /** Documents whose checks ran again. */
  done: number;
  /** Pairs whose flags changed, over all of them. */
  changedPairs: number;
  /** Documents the API refused or could not reach, with why, so none is silently skipped. */
  failed: { id: string; reason: string }[];
  /** The summaries as the API answered them, to refresh a list without another request. */
  documents: DocumentSummary[];
}

type Recheck = (id: string) => Promise<{ document: DocumentSummary; changedPairs: number }>;

/**
 * Runs the checks again on each document, one after another: the API re-checks a document in
 * batches on one database connection, so asking for twenty at once would only queue them and
 * hold every other request (an edit, a save) up behind them.
 * @param ids the documents, in the order to re-check them
 * @param recheck the call that re-checks one (POST /api/documents/:id/recheck)
 * @param onProgress told after each document, with how many are finished
 * @param describe turns a failure into a sentence for the report
 */
export async function recheckDocuments(
  ids: readonly string[],
  recheck: Recheck,
  onProgress: (finished: number) => void,
  describe: (failure: unknown) => string,
): Promise<RecheckReport> {
  const report: RecheckReport = { done: 0, changedPairs: 0, failed: [], documents: [] };
  for (const [i, id] of ids.entries()) {
    try {
      const body = await recheck(id);
      report.done++;
      report.changedPairs += body.changedPairs;
      report.documents.push(body.document);
    } catch (failure) {
      report.failed.push({ id, reason: describe(failure) });
    }
    onProgress(i + 1);
  }
  return report;
}

/** The report as one line for a status line or a notice. */
export function recheckSummary(report: RecheckReport): string {
  const docs = `${report.done} ${report.done === 1 ? "document" : "documents"}`;
  const changed = report.changedPairs === 0 ? "no flag changed" : `flags changed in ${report.changedPairs} ${report.changedPairs === 1 ? "pair" : "pairs"}`;
  const failed = report.failed.length ? `; ${report.failed.length} failed (${report.failed[0]?.reason})` : "";
  return `Checks re-run on ${docs}: ${changed}${failed}.`;
}
