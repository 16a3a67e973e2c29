import { z } from "zod";

export const VARIANTS = ["pt-BR", "pt-PT"] as const;
export const Variant = z.enum(VARIANTS).meta({ id: "Variant" });
export type Variant = z.infer<typeof Variant>;

/**
 * The workspace's check settings. `variant` is the target of every document imported without
 * one of its own; `disabledChecks` are check ids (GET /api/checks) that do not run anywhere.
 */
export const WorkspaceSettings = z
  .object({
    variant: Variant,
    disabledChecks: z.array(z.string()),
    /** ISO time of the last change; null while the defaults were never changed. */
    updatedAt: z.string().nullable(),
    /** Display name of whoever changed them last. */
    updatedBy: z.string().nullable(),
  })
  .meta({ id: "WorkspaceSettings" });
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;

export const SettingsResponse = z.object({ settings: WorkspaceSettings }).meta({ id: "SettingsResponse" });

/** Either field may be left out to keep it; unknown check ids are a 422 listing the valid ones. */
export const UpdateSettingsBody = z
  .strictObject({
    variant: Variant.optional(),
    disabledChecks: z.array(z.string().min(1).max(64)).max(200).optional(),
  })
  .meta({ id: "UpdateSettingsBody" });
export type UpdateSettingsBody = z.infer<typeof UpdateSettingsBody>;

/** After a change: the settings, and how many documents' flags were computed under other ones. */
export const UpdateSettingsResponse = z
  .object({ settings: WorkspaceSettings, staleDocuments: z.number().int() })
  .meta({ id: "UpdateSettingsResponse" });

export const RecheckAllResponse = z
  .object({ documents: z.number().int(), changedPairs: z.number().int() })
  .meta({ id: "RecheckAllResponse" });
