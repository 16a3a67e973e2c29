// GET /api/documents/:id/export: the direct download, kept for small documents (scripts, links
// that work without the web app). A larger document's export is a job (POST …/export, then
// GET /api/jobs/:id/file): building a big DOCX or XLSX takes seconds of CPU, which on the request
// thread would hold every other request.
import { once } from "node:events";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Response } from "express";
import { BINARY_BITEXT_FORMATS, serializeBitext, writeBinaryBitext, type BinaryBitextFormat, type BitextFormat } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import type { ExportQuery } from "../../contract/index.ts";
import { Unprocessable } from "../../common/errors.ts";
import { exportTarget, livePairCount, readExportPairs } from "../exports/export-source.ts";

/** Longest the serialiser runs before letting other requests in. */
const SLICE_MS = 8;

/**
 * The most live pairs a document may have to be exported directly (ALINHA_EXPORT_DIRECT_MAX_PAIRS,
 * default 2,000: a DOCX of that many pairs builds in well under a tenth of a second here).
 */
export function directExportLimit(env: NodeJS.ProcessEnv = process.env): number {
  const limit = Number(env["ALINHA_EXPORT_DIRECT_MAX_PAIRS"] ?? 2000);
  return Number.isInteger(limit) && limit >= 0 ? limit : 2000;
}

/**
 * Streams the serializer's chunks into the response, waiting for the socket to drain, so the
 * document is never held in memory as one string, and stepping aside every few milliseconds so
 * the server's other requests are answered meanwhile. Over the limit, a 422 that says what to do.
 */
export async function exportDocument(ctx: AppContext, documentId: string, query: ExportQuery, res: Response): Promise<void> {
  const target = await exportTarget(ctx, documentId, query);
  const count = await livePairCount(ctx, documentId);
  const limit = directExportLimit();
  if (count > limit) {
    throw new Unprocessable("Export too large to download directly", `This document has ${count.toLocaleString("en")} pairs; exports of more than ${limit.toLocaleString("en")} are built in the background: POST /api/documents/${documentId}/export with { "format", "scope" }, follow the job it answers with (GET /api/jobs/{id}), then download GET /api/jobs/{id}/file.`, { pairCount: count, limit });
  }
  const pairs = await readExportPairs(ctx, documentId);
  res.status(200);
  res.setHeader("Content-Type", target.mediaType);
  res.setHeader("Content-Disposition", `attachment; filename="${target.fileName}"`);
  if ((BINARY_BITEXT_FORMATS as readonly string[]).includes(query.format)) {
    await writeBinaryBitext(query.format as BinaryBitextFormat, pairs, target.meta, res);
    return;
  }
  let slice = performance.now();
  for (const chunk of serializeBitext(query.format as BitextFormat, pairs, target.meta)) {
    if (!res.write(chunk)) await once(res, "drain");
    if (performance.now() - slice > SLICE_MS) {
      await nextTurn();
      slice = performance.now();
    }
  }
  res.end();
}
