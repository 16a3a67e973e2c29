import { Router } from "express";
import { checks } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { CheckListResponse } from "../../contract/index.ts";
import { requireRole } from "../auth/require-role.ts";

/** The aligner's check registry, as the review screen lists it (for filters and explanations). */
const CHECK_LIST = checks.map((c) => ({ id: c.id, family: c.family, severity: c.severity, name: c.name, description: c.description }));

export function checksRouter(ctx: AppContext): Router {
  const router = Router();
  ctx.registry.registerPath({ method: "get", path: "/api/checks", tags: ["checks"], summary: "The artefact checks the API runs", responses: { 200: { description: "OK", content: { "application/json": { schema: CheckListResponse } } } } });
  router.get("/", requireRole("translator"), (_req, res) => {
    res.json({ checks: CHECK_LIST });
  });
  return router;
}
