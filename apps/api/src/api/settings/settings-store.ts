// The workspace settings live in one row. Every save re-runs the checks with them, so they are
// read once and kept; a change through this module replaces the kept copy and tells every other
// process on the database (db.changes), which drops its own.
import { checks } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { Unprocessable } from "../../common/errors.ts";
import type { UpdateSettingsBody, Variant, WorkspaceSettings } from "../../contract/index.ts";
import type { Db } from "../../db/index.ts";
import { checksFingerprint } from "../checks/checks-fingerprint.ts";

const ROW_ID = "workspace";

export const DEFAULT_SETTINGS: WorkspaceSettings = { variant: "pt-BR", disabledChecks: [], updatedAt: null, updatedBy: null };

/** Keyed by the client, so every context over one database (app, setup, tests) sees one copy. */
const kept = new WeakMap<Db, WorkspaceSettings>();
/** Bumped when the copy is dropped, so a read that started before cannot keep what it read. */
const generations = new WeakMap<Db, number>();

export const SETTINGS_CHANGED = "settings";

/** Drops the kept copy (another process changed the settings). */
export function forgetSettings(prisma: Db): void {
  kept.delete(prisma);
  generations.set(prisma, (generations.get(prisma) ?? 0) + 1);
}

const CHECK_IDS: readonly string[] = checks.map((c) => c.id);

export async function workspaceSettings(ctx: Pick<AppContext, "prisma">): Promise<WorkspaceSettings> {
  const known = kept.get(ctx.prisma);
  if (known) return known;
  const generation = generations.get(ctx.prisma) ?? 0;
  const row = await ctx.prisma.settings.findUnique({ where: { id: ROW_ID } });
  const settings: WorkspaceSettings = row
    ? {
        variant: row.variant === "pt-PT" ? "pt-PT" : "pt-BR",
        // An id a later version of the checks retired would only be noise in the list.
        disabledChecks: (JSON.parse(row.disabledChecks) as string[]).filter((id) => CHECK_IDS.includes(id)),
        updatedAt: row.updatedAt.toISOString(),
        updatedBy: row.updatedBy,
      }
    : DEFAULT_SETTINGS;
  if ((generations.get(ctx.prisma) ?? 0) === generation) kept.set(ctx.prisma, settings);
  return settings;
}

function checkIds(ids: readonly string[]): string[] {
  const unknown = ids.filter((id) => !CHECK_IDS.includes(id));
  if (unknown.length > 0) {
    throw new Unprocessable("Invalid request", `Unknown check ${unknown.map((id) => `"${id}"`).join(", ")}; the checks are: ${CHECK_IDS.join(", ")}.`, {
      issues: unknown.map((id) => ({ path: `disabledChecks.${ids.indexOf(id)}`, message: `No check has the id "${id}".` })),
      validChecks: CHECK_IDS,
    });
  }
  // In registry order, once each, so equal lists compare equal whatever order the client sent.
  return CHECK_IDS.filter((id) => ids.includes(id));
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export interface SettingsChange {
  settings: WorkspaceSettings;
  /** Documents whose stored flags came from other checks or settings than the current ones. */
  staleDocuments: number;
}

/**
 * Saves a change and marks stale the documents whose flags it affects: all of them when the
 * checks turned on or off changed, those following the workspace variant when only it did.
 * Their flags are re-computed by a re-check (setup, or on demand); an edit re-checks its pair.
 */
export async function updateSettings(ctx: AppContext, change: UpdateSettingsBody, who: string): Promise<SettingsChange> {
  const before = await workspaceSettings(ctx);
  const variant: Variant = change.variant ?? before.variant;
  const disabledChecks = change.disabledChecks ? checkIds(change.disabledChecks) : before.disabledChecks;
  const checksChanged = !same(disabledChecks, before.disabledChecks);
  const variantChanged = variant !== before.variant;
  if (checksChanged || variantChanged) {
    const updatedAt = new Date();
    await ctx.prisma.$transaction(async (tx) => {
      const data = { variant, disabledChecks: JSON.stringify(disabledChecks), updatedAt, updatedBy: who };
      await tx.settings.upsert({ where: { id: ROW_ID }, create: { id: ROW_ID, ...data }, update: data });
      await tx.document.updateMany({ where: checksChanged ? {} : { variant: null }, data: { checksFingerprint: "" } });
    });
    await ctx.db.changes.publish(SETTINGS_CHANGED);
    kept.set(ctx.prisma, { variant, disabledChecks, updatedAt: updatedAt.toISOString(), updatedBy: who });
  }
  const staleDocuments = await ctx.prisma.document.count({ where: { checksFingerprint: { not: checksFingerprint() } } });
  return { settings: await workspaceSettings(ctx), staleDocuments };
}
