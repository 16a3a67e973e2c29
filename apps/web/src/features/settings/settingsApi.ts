import type { z } from "zod";
import type { CheckInfo as CheckInfoSchema, RecheckAllResponse, UpdateSettingsBody, UpdateSettingsResponse, WorkspaceSettings } from "@alinha/api/contract";
import { request } from "../../api/http.ts";
import { requestJob } from "../../api/jobs.ts";

export type CheckInfo = z.infer<typeof CheckInfoSchema>;
export type { WorkspaceSettings };

/** The calls of the settings screen (GET/PATCH /api/settings, the check registry, re-check all). */
export const settingsApi = {
  settings: () => request<{ settings: WorkspaceSettings }>("GET", "/settings"),
  checks: () => request<{ checks: CheckInfo[] }>("GET", "/checks"),
  save: (change: UpdateSettingsBody) => request<z.infer<typeof UpdateSettingsResponse>>("PATCH", "/settings", change),
  recheckAll: () => requestJob<z.infer<typeof RecheckAllResponse>>("/settings/recheck-all", {}),
};
