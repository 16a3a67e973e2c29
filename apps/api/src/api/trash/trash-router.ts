import { Router } from "express";
import type { z } from "zod";
import type { AppContext } from "../../app-context.ts";
import { IdParams, Problem, TRASH_DAYS, TrashListResponse } from "../../contract/index.ts";
import { parse } from "../../common/validate.ts";
import { requireRole } from "../auth/require-role.ts";
import { summarize } from "../documents/document-summary.ts";
import { DocumentResponse } from "../../contract/index.ts";
import type { TrashStore } from "./trash-store.ts";

/** The trash: deleted documents an admin may restore for TRASH_DAYS days, or purge now. */
export function trashRouter(ctx: AppContext, trash: TrashStore): Router {
  const router = Router();
  const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: Problem } } });
  const reg = ctx.registry;

  reg.registerPath({ method: "get", path: "/api/trash", tags: ["trash"], summary: `Deleted documents, restorable for ${TRASH_DAYS} days (admin)`, responses: { 200: { description: "OK", ...json(TrashListResponse) }, 403: problem("Not an admin") } });
  router.get("/", requireRole("admin"), async (_req, res) => {
    res.json({ documents: await trash.list() } satisfies z.infer<typeof TrashListResponse>);
  });

  reg.registerPath({ method: "post", path: "/api/trash/{id}/restore", tags: ["trash"], summary: "Restore a deleted document with its pairs, history and comments (admin)", request: { params: IdParams }, responses: { 200: { description: "Restored", ...json(DocumentResponse) }, 403: problem("Not an admin"), 404: problem("Not in the trash (or purged)") } });
  router.post("/:id/restore", requireRole("admin"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    await trash.restore(id);
    const [document] = await summarize(ctx, [id]);
    res.json({ document });
  });

  reg.registerPath({ method: "delete", path: "/api/trash/{id}", tags: ["trash"], summary: "Delete for good and compact the database (admin)", request: { params: IdParams }, responses: { 204: { description: "Purged" }, 403: problem("Not an admin"), 404: problem("Not in the trash") } });
  router.delete("/:id", requireRole("admin"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    await trash.purge(id);
    res.status(204).end();
  });

  return router;
}
