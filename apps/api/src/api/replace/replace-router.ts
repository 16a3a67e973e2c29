// Propagating a fix: find the same mistake in other pairs ("noé smith" everywhere) and apply it
// to the pairs a reviewer picks, each as its own edit with its own version check.
import { Router } from "express";
import { z } from "zod";
import type { AppContext } from "../../app-context.ts";
import { Problem, ReplaceApplyBody, ReplaceMatch, ReplaceApplyResponse, ReplacePreviewBody, ReplacePreviewResponse, type User } from "../../contract/index.ts";
import { HttpError } from "../../common/errors.ts";
import { parse } from "../../common/validate.ts";
import { currentUser, hasRole, requireRole } from "../auth/require-role.ts";
import { livePairInContext } from "../pairs/pair-context.ts";
import { inPairTransaction, writePairChange } from "../pairs/pair-writer.ts";
import { recheck } from "../pairs/recheck.ts";
import { replaceAll } from "./find-pattern.ts";
import { hiddenDocumentIds } from "../documents/hidden-documents.ts";

export function replaceRouter(ctx: AppContext): Router {
  const router = Router();
  const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const problem = { description: "Invalid request", content: { "application/problem+json": { schema: Problem } } };

  ctx.registry.registerPath({ method: "post", path: "/api/replace/preview", tags: ["replace"], summary: "Find a mistake across pairs and show the fix", request: { body: json(ReplacePreviewBody) }, responses: { 200: { description: "Matches", ...json(ReplacePreviewResponse) }, 422: problem } });
  router.post("/preview", requireRole("translator"), async (req, res) => {
    const body = parse(ReplacePreviewBody, req.body);
    const rows = await ctx.prisma.pair.findMany({
      where: { removed: false, AND: [body.documentId ? { documentId: body.documentId } : {}, { documentId: { notIn: await hiddenDocumentIds(ctx) } }] },
      select: {
        id: true, documentId: true, index: true, version: true, ptText: true, document: { select: { title: true } },
        ...(body.flagCode ? { flags: { where: { code: body.flagCode, dismissed: false }, select: { text: true } } } : {}),
      },
      orderBy: [{ documentId: "asc" }, { index: "asc" }],
    });
    const matches: z.infer<typeof ReplaceMatch>[] = [];
    let total = 0;
    for (const r of rows) {
      if (body.flagCode && !("flags" in r && (r.flags as { text: string }[]).some((f) => f.text.includes(body.find)))) continue;
      const after = replaceAll(r.ptText, body);
      if (after === undefined || after === r.ptText) continue;
      total++;
      if (body.limit === undefined || matches.length < body.limit) {
        matches.push({ pairId: r.id, documentId: r.documentId, documentTitle: r.document.title, index: r.index, version: r.version, before: r.ptText, after });
      }
    }
    res.json({ matches, total } satisfies z.infer<typeof ReplacePreviewResponse>);
  });

  ctx.registry.registerPath({ method: "post", path: "/api/replace/apply", tags: ["replace"], summary: "Apply the fix to the chosen pairs, one edit each", request: { body: json(ReplaceApplyBody) }, responses: { 200: { description: "Applied and conflicting pair ids", ...json(ReplaceApplyResponse) }, 422: problem } });
  router.post("/apply", requireRole("translator"), async (req, res) => {
    const body = parse(ReplaceApplyBody, req.body);
    const user = currentUser(req);
    const applied: string[] = [];
    const conflicts: string[] = [];
    for (const target of body.targets) {
      if (await applyOne(ctx, target.pairId, target.version, body, user)) applied.push(target.pairId);
      else conflicts.push(target.pairId);
    }
    res.json({ applied, conflicts });
  });

  return router;
}

/** False when the pair is gone, changed since the preview, or no longer contains the mistake. */
async function applyOne(ctx: AppContext, pairId: string, version: number, body: z.infer<typeof ReplaceApplyBody>, user: User): Promise<boolean> {
  try {
    const { row, context: { options, around } } = await livePairInContext(ctx, pairId);
    if (row.version !== version) return false;
    // Approved means approved: a translator's propagation leaves signed-off pairs alone.
    if (row.status === "approved" && !hasRole(user, "editor")) return false;
    const ptText = replaceAll(row.ptText, body);
    if (ptText === undefined || ptText === row.ptText) return false;
    const flags = recheck(around(ptText), options, row.flags);
    await inPairTransaction(ctx.sql, (sql) =>
      writePairChange(sql, row, { action: "propagate", status: "edited", flags, note: `"${body.find}" → "${body.replace}"`, data: { ptText } }, { id: user.id, displayName: user.displayName }, new Date()),
    );
    return true;
  } catch (err) {
    if (err instanceof HttpError && (err.status === 404 || err.status === 409)) return false;
    throw err;
  }
}
