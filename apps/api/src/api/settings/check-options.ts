import type { CheckOptions, DocumentContext } from "@alinha/aligner";
import { LRUCache } from "lru-cache";
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
 * Documents whose parsed context is kept: the ones being reviewed at the moment. A context is
 * about a kilobyte; parsing it costs little, but the checks cache what they build from it (the
 * casing habits, the name indexes) per object, and a fresh object on every save rebuilt those
 * on every save (about a tenth of the checks' time under the load bench).
 */
const KEPT_CONTEXTS = 64;
/** Keyed by the stored JSON itself, so a document re-checked since (a new context) is never served the old one. */
const parsed = new LRUCache<string, DocumentContext>({ max: KEPT_CONTEXTS });

/** The least recently used context is the one dropped: a document under review keeps its object. */
function parseContext(stored: string): DocumentContext {
  let context = parsed.get(stored);
  if (!context) parsed.set(stored, (context = JSON.parse(stored) as DocumentContext));
  return context;
}

/**
 * The options for checking one pair of a document whose stored context is `stored` (the
 * Document's checkContext): with it, a pair gets the flags the whole-document pass gives it.
 * Null (a document not re-checked since the context was kept) checks the pair on its own.
 */
export function withDocument(options: CheckOptions, stored: string | null): CheckOptions {
  if (stored === null) return options;
  return { ...options, document: parseContext(stored) };
}
