import type { CheckOptions, DocumentContext } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { workspaceSettings } from "./settings-store.ts";

/**
 * What the checks run with on one document: its own variant if it was imported with one, else
 * the workspace's; the glossary; and without the checks the workspace turned off. The term list
 * and the disabled list are the kept objects themselves (never copies): the checks cache what
 * they build from them per object, so a fresh array per request would rebuild it on every save.
 */
export async function checkOptionsFor(ctx: AppContext, documentVariant: string | null): Promise<CheckOptions> {
  const settings = await workspaceSettings(ctx);
  const options = await ctx.terms.checkOptions(documentVariant ?? settings.variant);
  return settings.disabledChecks.length > 0 ? { ...options, disabled: settings.disabledChecks } : options;
}

/**
 * The options for checking one pair of a document whose stored context is `stored` (the
 * Document's checkContext): with it, a pair gets the flags the whole-document pass gives it.
 * Null (a document not re-checked since the context was kept) checks the pair on its own.
 */
export function withDocument(options: CheckOptions, stored: string | null): CheckOptions {
  if (stored === null) return options;
  return { ...options, document: JSON.parse(stored) as DocumentContext };
}
