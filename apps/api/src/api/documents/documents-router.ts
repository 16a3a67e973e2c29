import { Router, type RequestHandler } from "express";
import multer from "multer";
import { z } from "zod";
import type { AppContext } from "../../app-context.ts";
import {
  BulkApproveBody, BulkApproveResponse, DocumentListResponse, DocumentResponse, ExportJobBody, ExportQuery, IdParams,
  ImportDocumentBody, JobResponse, MAX_UPLOAD_BYTES, PairListQuery, PairListResponse, Problem, RealignBody, RecaseApplyBody,
  RecaseApplyResponse, RecasePreviewResponse, DismissDocumentFlagBody, RestoreDocumentFlagBody, DocumentFlagsResponse,
} from "../../contract/index.ts";
import { BadRequest, NotFound } from "../../common/errors.ts";
import { parse } from "../../common/validate.ts";
import { currentUser, requireRole } from "../auth/require-role.ts";
import { ReviewService } from "../pairs/review-service.ts";
import { documentJson } from "./document-json.ts";
import { setDocumentFlagDismissal } from "./dismiss-document-flag.ts";
import { summarize } from "./document-summary.ts";
import { directExportLimit, exportDocument } from "./export-document.ts";
import { exportTarget } from "../exports/export-source.ts";
import { checkBitext, checkTexts } from "./import-document.ts";
import { acceptJob, queueJob } from "../jobs/jobs-router.ts";
import { newId } from "../../db/bulk-insert.ts";
import { listPairs } from "./list-pairs.ts";
import { checkSize, readImportRequest } from "./read-upload.ts";
import { readImportBytes } from "./read-import-file.ts";
import { applyRecase, previewRecase } from "./recase-document.ts";
import { Unprocessable } from "../../common/errors.ts";
import type { TrashStore } from "../trash/trash-store.ts";


const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, fieldSize: MAX_UPLOAD_BYTES, files: 2, fields: 10 },
}).fields([{ name: "pt", maxCount: 1 }, { name: "en", maxCount: 1 }]);

/** The re-import upload: one file, field `file`. */
const uploadOne = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } }).single("file");

/** multer for multipart requests, the document JSON parser for the rest. */
const maybeUpload: RequestHandler = (req, res, next) => {
  if (!req.is("multipart/form-data")) return documentJson(req, res, next);
  // multer's own errors carry a LIMIT_* code (mapped to 413/400 by problem-details); busboy's
  // (no boundary, a form cut short, a malformed part header) carry none and are the client's.
  upload(req, res, (err?: unknown) => {
    if (err instanceof Error && !(err as { code?: unknown }).code) return next(new BadRequest(`The multipart upload could not be read: ${err.message}.`));
    next(err);
  });
};

export function documentsRouter(ctx: AppContext, trash: TrashStore): Router {
  const router = Router();
  const review = new ReviewService(ctx);
  const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: Problem } } });
  const reg = ctx.registry;

  async function one(id: string) {
    const [doc] = await summarize(ctx, [id]);
    if (!doc) throw new NotFound("document", id);
    return doc;
  }

  reg.registerPath({ method: "get", path: "/api/documents", tags: ["documents"], summary: "Documents with progress counts", responses: { 200: { description: "OK", ...json(DocumentListResponse) }, 401: problem("Not logged in") } });
  router.get("/", requireRole("translator"), async (_req, res) => {
    res.json({ documents: await summarize(ctx) });
  });

  reg.registerPath({
    method: "post", path: "/api/documents", tags: ["documents"], summary: "Import a document: texts to segment, align and check, or one TMX/XLIFF (1.0–2.0)/PO/TSV/CSV file (recognised by content) kept as aligned",
    request: { body: { content: { "application/json": { schema: ImportDocumentBody }, "multipart/form-data": { schema: z.object({ title: z.string(), pt: z.string().meta({ format: "binary" }), en: z.string().meta({ format: "binary" }).optional() }) } } } },
    responses: { 202: { description: "Queued: the import job (its result, once it succeeded: { document })", ...json(JobResponse) }, 413: problem("Over 5 MB"), 415: problem("Binary file or unsupported body"), 422: problem("Empty or unreadable text, malformed file (line and column), or not English → Portuguese") },
  });
  router.post("/", requireRole("translator"), maybeUpload, async (req, res) => {
    const request = readImportRequest(req);
    const user = currentUser(req);
    const who = { id: user.id, displayName: user.displayName };
    if (request.kind === "bitext") {
      checkBitext(request.file.bitext);
      // Read and checked here (a malformed file is a 422 now, not a failed job); kept as read.
      await acceptJob(ctx, res, "import", who, { bitext: { title: request.title, variant: request.variant, bitext: request.file.bitext } }, newId());
      return;
    }
    const body = request.body;
    checkTexts(body.pt, body.en);
    const document = { title: body.title, pt: body.pt, en: body.en, variant: body.variant };
    await acceptJob(ctx, res, "import", who, { document }, newId());
  });

  reg.registerPath({ method: "get", path: "/api/documents/{id}", tags: ["documents"], summary: "One document", request: { params: IdParams }, responses: { 200: { description: "OK", ...json(DocumentResponse) }, 404: problem("No such document") } });
  router.get("/:id", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    res.json({ document: await one(id) });
  });

  reg.registerPath({ method: "delete", path: "/api/documents/{id}", tags: ["documents"], summary: "Move a document with its history to the trash (admin); restorable for 30 days", request: { params: IdParams }, responses: { 204: { description: "Moved to the trash" }, 403: problem("Not an admin"), 404: problem("No such document") } });
  router.delete("/:id", requireRole("admin"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    await trash.trash(id, currentUser(req));
    res.status(204).end();
  });

  reg.registerPath({ method: "post", path: "/api/documents/{id}/realign", tags: ["documents"], summary: "Align again (optionally with a new English) (editor): a job", request: { params: IdParams, body: json(RealignBody) }, responses: { 202: { description: "Queued: the re-alignment job (result: { document, realign }: pairs that repeat an old one keep their status, comments and dismissals; realign says how many need review)", ...json(JobResponse) }, 403: problem("Not an editor"), 404: problem("No such document") } });
  router.post("/:id/realign", requireRole("editor"), documentJson, async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(RealignBody, req.body ?? {});
    checkSize(body.en, "English");
    const user = currentUser(req);
    await one(id);
    await acceptJob(ctx, res, "realign", { id: user.id, displayName: user.displayName }, { en: body.en }, id);
  });

  reg.registerPath({
    method: "post", path: "/api/documents/{id}/reimport", tags: ["documents"],
    summary: "Bring back an exported XLIFF/PO/TMX/TSV/CSV edited in another tool: changed targets become Edits (noting the file); pairs changed here since the export are listed as conflicts, not overwritten. A job: its result is the ReimportResponse",
    request: { params: IdParams, body: { content: { "multipart/form-data": { schema: z.object({ file: z.string().meta({ format: "binary" }) }) } } } },
    responses: { 202: { description: "Queued: the re-import job (result: ReimportResponse)", ...json(JobResponse) }, 404: problem("No such document"), 422: problem("Malformed file, wrong languages, or no file") },
  });
  router.post("/:id/reimport", requireRole("translator"), uploadOne, async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const file = req.file;
    if (!file) throw new Unprocessable("Missing file", "Upload the edited file as the multipart field \"file\".");
    const read = readImportBytes(new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength), file.originalname);
    if (read.kind !== "bitext") throw new Unprocessable("Not a bitext", `"${file.originalname}" is not a TMX, XLIFF, PO, TSV or CSV file exported from Alinha.`);
    await one(id);
    // Read and checked here (a bad file is a 422 at once); compared and written by the job.
    const user = currentUser(req);
    await acceptJob(ctx, res, "reimport", { id: user.id, displayName: user.displayName }, { reimport: { user, bitext: read.bitext, format: read.format, fileName: file.originalname } }, id);
  });

  reg.registerPath({ method: "post", path: "/api/documents/{id}/recheck", tags: ["documents"], summary: "Run the checks again over the current pairs, keeping dismissals (editor); no edits, no new versions: a job", request: { params: IdParams }, responses: { 202: { description: "Queued: the re-check job (result: { document, changedPairs })", ...json(JobResponse) }, 403: problem("Not an editor"), 404: problem("No such document") } });
  router.post("/:id/recheck", requireRole("editor"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    await one(id);
    const user = currentUser(req);
    await acceptJob(ctx, res, "recheck", { id: user.id, displayName: user.displayName }, {}, id);
  });

  reg.registerPath({ method: "post", path: "/api/documents/{id}/flags/dismiss", tags: ["documents"], summary: "Dismiss a finding about the whole document, named by its check and text, with a reason; it stays dismissed across re-checks and re-alignments", request: { params: IdParams, body: json(DismissDocumentFlagBody) }, responses: { 200: { description: "The document's findings after", ...json(DocumentFlagsResponse) }, 401: problem("Not logged in"), 404: problem("No such document, or no such finding on it"), 422: problem("Invalid request") } });
  router.post("/:id/flags/dismiss", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(DismissDocumentFlagBody, req.body);
    res.json({ documentFlags: await setDocumentFlagDismissal(ctx, id, { code: body.code, text: body.text }, body.reason, currentUser(req)) });
  });

  reg.registerPath({ method: "post", path: "/api/documents/{id}/flags/restore", tags: ["documents"], summary: "Take back the dismissal of a finding about the whole document", request: { params: IdParams, body: json(RestoreDocumentFlagBody) }, responses: { 200: { description: "The document's findings after", ...json(DocumentFlagsResponse) }, 401: problem("Not logged in"), 404: problem("No such document, or no such finding on it"), 422: problem("Invalid request") } });
  router.post("/:id/flags/restore", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(RestoreDocumentFlagBody, req.body);
    res.json({ documentFlags: await setDocumentFlagDismissal(ctx, id, { code: body.code, text: body.text }, null, currentUser(req)) });
  });

  reg.registerPath({ method: "get", path: "/api/documents/{id}/pairs", tags: ["documents"], summary: "Pairs, paged and filtered", request: { params: IdParams, query: PairListQuery }, responses: { 200: { description: "OK", ...json(PairListResponse) }, 404: problem("No such document"), 422: problem("Bad filter") } });
  router.get("/:id/pairs", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    res.json(await listPairs(ctx, id, parse(PairListQuery, req.query)));
  });

  reg.registerPath({ method: "post", path: "/api/documents/{id}/approve", tags: ["documents"], summary: "Approve many pairs at once (editor)", request: { params: IdParams, body: json(BulkApproveBody) }, responses: { 200: { description: "OK", ...json(BulkApproveResponse) }, 403: problem("Not an editor"), 404: problem("No such document") } });
  router.post("/:id/approve", requireRole("editor"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(BulkApproveBody, req.body);
    res.json(await review.bulkApprove(id, body.pairIds, currentUser(req), body.comment, body.override));
  });

  reg.registerPath({ method: "get", path: "/api/documents/{id}/recase", tags: ["documents"], summary: "Preview the bulk fix of a document in lower case: each pair's Portuguese with sentence starts, names and acronyms recased (nothing written)", request: { params: IdParams }, responses: { 200: { description: "The changes, per pair", ...json(RecasePreviewResponse) }, 404: problem("No such document") } });
  router.get("/:id/recase", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    res.json(await previewRecase(ctx, id, currentUser(req)));
  });

  reg.registerPath({ method: "post", path: "/api/documents/{id}/recase", tags: ["documents"], summary: "Apply the recasing to the chosen pairs, one edit each, against the versions the preview showed; the document's re-check that follows is queued as a job (`recheck`)", request: { params: IdParams, body: json(RecaseApplyBody) }, responses: { 200: { description: "Applied, and pairs changed since the preview", ...json(RecaseApplyResponse) }, 404: problem("No such document"), 422: problem("Invalid request") } });
  router.post("/:id/recase", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(RecaseApplyBody, req.body);
    const user = currentUser(req);
    const outcome = await applyRecase(ctx, id, body.targets, user);
    const recheck = outcome.applied.length ? await queueJob(ctx, "recheck", { id: user.id, displayName: user.displayName }, {}, id) : null;
    res.json({ ...outcome, recheck });
  });

  reg.registerPath({ method: "get", path: "/api/documents/{id}/export", tags: ["documents"], summary: `Download at once as TMX, XLIFF 2.0 (xliff) or 1.2 (xliff12), PO, TSV, CSV, XLSX, HTML, Markdown, clean text, or DOCX (docx: clean Portuguese; docx-side: side by side): documents of up to ALINHA_EXPORT_DIRECT_MAX_PAIRS pairs (default ${directExportLimit()}); larger ones are exported as a job (POST)`, request: { params: IdParams, query: ExportQuery }, responses: { 200: { description: "The file (Content-Disposition: attachment)" }, 404: problem("No such document"), 422: problem("Unknown format or scope, a TMX/XLIFF/PO of a document without English, or a document too large to export directly (use POST)") } });
  router.get("/:id/export", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    await exportDocument(ctx, id, parse(ExportQuery, req.query), res);
  });

  reg.registerPath({
    method: "post", path: "/api/documents/{id}/export", tags: ["documents"],
    summary: "Export in the background, whatever the document's size (the web app always does): a job that builds the file; its result is { file: ExportedFile, format, scope }, and the file is downloaded from file.url (GET /api/jobs/{id}/file) by the user who asked, until file.expiresAt",
    request: { params: IdParams, body: json(ExportJobBody) },
    responses: { 202: { description: "Queued: the export job", ...json(JobResponse) }, 404: problem("No such document"), 422: problem("Unknown format or scope, or a TMX/XLIFF/PO of a document without English") },
  });
  router.post("/:id/export", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const query = parse(ExportJobBody, req.body ?? {});
    // Checked now (a missing document or a format it cannot fill is a 4xx at once, not a failed job).
    await exportTarget(ctx, id, query);
    const user = currentUser(req);
    await acceptJob(ctx, res, "export", { id: user.id, displayName: user.displayName }, { export: query }, id);
  });

  return router;
}
