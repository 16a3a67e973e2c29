import { Router, type RequestHandler } from "express";
import { z } from "zod";
import type { AppContext } from "../../app-context.ts";
import { IdParams, Problem } from "../../contract/index.ts";
import { NotFound } from "../../common/errors.ts";
import { parse } from "../../common/validate.ts";
import { currentUser, requireRole } from "../auth/require-role.ts";
import type { LiveHub } from "./live-hub.ts";

const PresenceBody = z.object({ key: z.string().min(1).max(100), pairId: z.string().max(100).nullable(), editing: z.boolean().default(false) }).meta({ id: "PresenceBody" });

/** GET /api/documents/:id/events (the stream) and POST /api/documents/:id/presence. */
export function liveRouter(ctx: AppContext, hub: LiveHub): Router {
  const router = Router();
  const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: Problem } } });
  ctx.registry.registerPath({
    method: "get", path: "/api/documents/{id}/events", tags: ["live"], summary: "Server-Sent Events: hello {key}, presence {viewers}, pairs {pairs, structural, byUserId, byName}", request: { params: IdParams },
    responses: { 200: { description: "text/event-stream" }, 404: problem("No such document") },
  });
  router.get("/:id/events", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    if (!(await ctx.prisma.document.findUnique({ where: { id }, select: { id: true } }))) throw new NotFound("document", id);
    await hub.open(id, currentUser(req), res);
  });
  ctx.registry.registerPath({
    method: "post", path: "/api/documents/{id}/presence", tags: ["live"], summary: "Where this review screen is (its stream's key): the pair, and whether it is being edited", request: { params: IdParams, body: { content: { "application/json": { schema: PresenceBody } } } },
    responses: { 204: { description: "Told to the others" }, 404: problem("No such stream") },
  });
  router.post("/:id/presence", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(PresenceBody, req.body);
    if (!(await hub.move(id, body.key, currentUser(req).id, body.pairId, body.editing))) throw new NotFound("event stream", body.key);
    res.status(204).end();
  });
  return router;
}

/**
 * Announces the pairs a successful write answered with (`{ pair }` or `{ pairs }`) to the other
 * reviewers of their document.
 */
export function announceSavedPairs(hub: LiveHub): RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET") return next();
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const b = body as { pair?: { id: string; version: number; documentId: string }; pairs?: { id: string; version: number; documentId: string }[] } | undefined;
      const pairs = b?.pairs ?? (b?.pair ? [b.pair] : []);
      const first = pairs[0];
      if (res.statusCode < 300 && first && req.user) {
        void hub.saved({
          documentId: first.documentId, pairs: pairs.map((p) => ({ id: p.id, version: p.version })),
          structural: Array.isArray(b?.pairs), byUserId: req.user.id, byName: req.user.displayName,
        }).catch(() => undefined);
      }
      return json(body);
    };
    next();
  };
}
