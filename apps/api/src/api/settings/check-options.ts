import type { CheckOptions } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { workspaceSettings } from "./settings-store.ts";

/**
 * What the checks run with on one document: its own variant if it was imported with one, else
 * the workspace's; the glossary; and without the checks the workspace turned off.
 */
export async function checkOptionsFor(ctx: AppContext, documentVariant: string | null): Promise<CheckOptions> {
  const settings = await workspaceSettings(ctx);
  const options = await ctx.terms.checkOptions(documentVariant ?? settings.variant);
  return settings.disabledChecks.length > 0 ? { ...options, disabled: settings.disabledChecks } : options;
}
