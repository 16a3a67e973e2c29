// Imported translation memories (TMX files, kept under a name) and which pairs of a document
// have a memory match. The matches of one pair are GET /api/pairs/{id}/matches.
import express, { Router } from "express";
import { z } from "zod";
import { parseBitext, BitextFormatError } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import {
  DocumentMatchesResponse, IdParams, ImportMemoryBody, ImportMemoryResponse, MAX_UPLOAD_BYTES, MemoryListResponse, MIN_MATCH_SCORE, Problem,
} from "../../contract/index.ts";
import { NotFound, Unprocessable } from "../../common/errors.ts";
import { parse } from "../../common/validate.ts";
import { bulkInsert, newId } from "../../db/bulk-insert.ts";
import { asNumber, asString } from "../../db/sql.ts";
import { currentUser, requireRole } from "../auth/require-role.ts";
import { memoryFor } from "./memory-service.ts";

/** A TMX is sent as the request body (XML), so it is not limited to the JSON bodies' 1 MB. */
const tmxBody = express.text({ type: ["application/xml", "text/xml", "application/x-tmx+xml"], limit: MAX_UPLOAD_BYTES });

export function memoryRouter(ctx: AppContext): Router {
  const router = Router();
  const memory = memoryFor(ctx);
  const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: Problem } } });

  ctx.registry.registerPath({ method: "get", path: "/api/memories", tags: ["memory"], summary: "Imported translation memories and their unit counts", responses: { 200: { description: "OK", ...json(MemoryListResponse) } } });
  router.get("/", requireRole("translator"), async (_req, res) => {
    const rows = await ctx.sql.query(`SELECT "memory", COUNT(*) AS "n" FROM "MemoryUnit" GROUP BY "memory" ORDER BY "memory"`, []);
    res.json({ memories: rows.map((r) => ({ name: asString(r["memory"]), units: asNumber(r["n"]) })) });
  });

  ctx.registry.registerPath({
    method: "post", path: "/api/memories", tags: ["memory"], summary: "Import a TMX file as a named memory, or add its units to one (editor)",
    request: { query: z.object({ name: z.string() }), body: { content: { "application/xml": { schema: z.string() } } } },
    responses: { 201: { description: "Imported", ...json(ImportMemoryResponse) }, 403: problem("Not an editor"), 422: problem("Not a TMX file, or no units with both languages") },
  });
  router.post("/", requireRole("editor"), tmxBody, async (req, res) => {
    const body = parse(ImportMemoryBody, { name: req.query["name"], tmx: typeof req.body === "string" ? req.body : "" });
    let parsed;
    try {
      parsed = parseBitext(body.tmx, "tmx");
    } catch (err) {
      if (err instanceof BitextFormatError) throw new Unprocessable("Not a TMX file", err.message);
      throw err;
    }
    const user = currentUser(req);
    const now = new Date();
    const units = parsed.pairs
      .filter((p) => p.en.trim() && p.pt.trim())
      .map((p) => ({ id: newId(), memory: body.name, enText: p.en.trim(), ptText: p.pt.trim(), createdAt: now, createdBy: user.displayName }));
    if (!units.length) throw new Unprocessable("Nothing to import", "The file has no unit with both an English and a Portuguese text.");
    await ctx.sql.transaction((sql) => bulkInsert(sql, "MemoryUnit", units));
    memory.addUnits(units);
    const [count] = await ctx.sql.query(`SELECT COUNT(*) AS "n" FROM "MemoryUnit" WHERE "memory" = ?`, [body.name]);
    res.status(201).json({ memory: { name: body.name, units: asNumber(count?.["n"]) }, warnings: parsed.warnings.slice(0, 50) });
  });

  ctx.registry.registerPath({ method: "get", path: "/api/memories/documents/{id}/matched-pairs", tags: ["memory"], summary: "Pairs of a document whose English has a memory match (other than themselves)", request: { params: IdParams }, responses: { 200: { description: "OK", ...json(DocumentMatchesResponse) }, 404: problem("No such document") } });
  router.get("/documents/:id/matched-pairs", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const [doc] = await ctx.sql.query(`SELECT "id" FROM "Document" WHERE "id" = ?`, [id]);
    if (!doc) throw new NotFound("document", id);
    const rows = await ctx.sql.query(`SELECT "id", "enText" FROM "Pair" WHERE "documentId" = ? AND "removed" = ? AND "enText" <> ''`, [id, false]);
    res.json({ pairIds: await memory.withMatches(rows.map((r) => ({ pairId: asString(r["id"]), enText: asString(r["enText"]) })), MIN_MATCH_SCORE) });
  });

  return router;
}
