import { Router } from "express";
import { z } from "zod";
import type { AppContext } from "../../app-context.ts";
import { parse } from "../../common/validate.ts";
import { JobResponse, Problem, SettingsResponse, UpdateSettingsBody, UpdateSettingsResponse } from "../../contract/index.ts";
import { currentUser, requireRole } from "../auth/require-role.ts";
import { acceptJob } from "../jobs/jobs-router.ts";
import { updateSettings, workspaceSettings } from "./settings-store.ts";

export function settingsRouter(ctx: AppContext): Router {
  const router = Router();
  const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: Problem } } });
  const reg = ctx.registry;

  reg.registerPath({ method: "get", path: "/api/settings", tags: ["settings"], summary: "The workspace's target variant and the checks turned off", responses: { 200: { description: "OK", ...json(SettingsResponse) }, 401: problem("Not logged in") } });
  router.get("/", requireRole("translator"), async (_req, res) => {
    res.json({ settings: await workspaceSettings(ctx) } satisfies z.infer<typeof SettingsResponse>);
  });

  reg.registerPath({ method: "patch", path: "/api/settings", tags: ["settings"], summary: "Change the settings (editor); the documents they affect are marked for a re-check", request: { body: json(UpdateSettingsBody) }, responses: { 200: { description: "Saved", ...json(UpdateSettingsResponse) }, 403: problem("Not an editor"), 422: problem("Unknown check id or bad variant") } });
  router.patch("/", requireRole("editor"), async (req, res) => {
    const body = parse(UpdateSettingsBody, req.body);
    res.json(await updateSettings(ctx, body, currentUser(req).displayName) satisfies z.infer<typeof UpdateSettingsResponse>);
  });

  reg.registerPath({ method: "post", path: "/api/settings/recheck-all", tags: ["settings"], summary: "Run the checks again over every document (editor), keeping dismissals: a job", responses: { 202: { description: "Queued: the job (result: { documents, changedPairs })", ...json(JobResponse) }, 403: problem("Not an editor") } });
  router.post("/recheck-all", requireRole("editor"), async (req, res) => {
    const user = currentUser(req);
    await acceptJob(ctx, res, "recheck-all", { id: user.id, displayName: user.displayName }, {}, null);
  });
  return router;
}
