import { Router } from "express";
import * as aligner from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { CheckListResponse, type CheckInfo } from "../../contract/index.ts";
import { requireRole } from "../auth/require-role.ts";
import type { z } from "zod";

interface RegisteredCheck { id: string; family: string; severity: string; name: string; description: string }

/**
 * The aligner's check registry. Read defensively: the registry lands in the aligner package
 * after this router was written, and the API must keep building before and after.
 */
function registeredChecks(): z.infer<typeof CheckInfo>[] {
  const checks = (aligner as Record<string, unknown>)["checks"];
  const list: unknown[] = Array.isArray(checks) ? checks : checks && typeof checks === "object" ? Object.values(checks) : [];
  return list
    .filter((c): c is RegisteredCheck => typeof c === "object" && c !== null && typeof (c as RegisteredCheck).id === "string")
    .map((c) => ({ id: c.id, family: c.family, severity: c.severity as "error", name: c.name, description: c.description }));
}

export function checksRouter(ctx: AppContext): Router {
  const router = Router();
  ctx.registry.registerPath({ method: "get", path: "/api/checks", tags: ["checks"], summary: "The artefact checks the API runs", responses: { 200: { description: "OK", content: { "application/json": { schema: CheckListResponse } } } } });
  router.get("/", requireRole("translator"), (_req, res) => {
    res.json({ checks: registeredChecks() });
  });
  return router;
}
