// Flags are derived data: when the checks change, a document imported before keeps flags the
// new checks would not raise (and lacks ones they would). This runs the checks again over a
// document's current pairs, as an import would, and replaces the flags that differ. It writes no
// Edit and moves no version: nothing a reviewer wrote changes.
import { checkDocument, checkInputs, type AlignedPair, type BeadKind, type Flag as CheckFlag } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { NotFound } from "../../common/errors.ts";
import { asBool, asNullableString, asNumber, asString, type Sql } from "../../db/sql.ts";
import type { FlagRow } from "../pairs/pair-dto.ts";
import { findPair, replaceFlags } from "../pairs/pair-writer.ts";
import { sameFlags, type NewFlag } from "../pairs/recheck.ts";
import { checkOptionsFor } from "../settings/check-options.ts";
import { checksFingerprint } from "./checks-fingerprint.ts";

/** Pairs per write transaction, so a large document does not hold the single writer for long. */
const PAIRS_PER_BATCH = 100;

export interface RecheckReport {
  /** Pairs whose flags changed. */
  changed: number;
  /** Pairs edited while the checks ran: their edit re-checked them already. */
  skipped: number;
}

const key = (f: { code: string; text: string }): string => `${f.code}\u0000${f.text}`;

/**
 * New flags, each dismissed if the flag it replaces was: the same check on the same text at the
 * same occurrence (the second "Noé" of a pair stays the second). The text has not changed, so
 * occurrences line up exactly, unlike after an edit (recheck.ts matches any dismissed twin).
 */
export function keepDismissals(found: readonly CheckFlag[], previous: readonly FlagRow[]): NewFlag[] {
  const before = new Map<string, FlagRow[]>();
  for (const f of [...previous].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const list = before.get(key(f)) ?? [];
    list.push(f);
    before.set(key(f), list);
  }
  const seen = new Map<string, number>();
  return found.map((f) => {
    const n = seen.get(key(f)) ?? 0;
    seen.set(key(f), n + 1);
    const old = before.get(key(f))?.[n];
    const dismissed = old?.dismissed === true;
    return {
      code: f.code, family: f.family, severity: f.severity, start: f.start, end: f.end, text: f.text,
      message: f.message, suggestion: f.suggestion ?? null,
      dismissed, dismissedBy: dismissed ? old.dismissedBy : null, dismissReason: dismissed ? old.dismissReason : null,
      dismissedAt: dismissed ? old.dismissedAt : null,
    };
  });
}

async function livePairIds(sql: Sql, documentId: string): Promise<string[]> {
  const rows = await sql.query(`SELECT "id" FROM "Pair" WHERE "documentId" = ? AND "removed" = ? ORDER BY "index"`, [documentId, false]);
  return rows.map((r) => asString(r["id"]));
}

/** Runs every check again over the document's pairs and stores what changed, batch by batch. */
export async function recheckDocument(ctx: AppContext, documentId: string): Promise<RecheckReport> {
  const [doc] = await ctx.sql.query(`SELECT "variant", "hasEnglish" FROM "Document" WHERE "id" = ?`, [documentId]);
  if (!doc) throw new NotFound("document", documentId);
  const hasEnglish = asBool(doc["hasEnglish"]);
  const options = await checkOptionsFor(ctx, asNullableString(doc["variant"]));
  const rows = [];
  for (const id of await livePairIds(ctx.sql, documentId)) {
    const row = await findPair(ctx.sql, id);
    if (row) rows.push(row);
  }
  // The same inputs an import builds (neighbours, English only when the document has it), and
  // the document-wide checks too, so a fresh import re-checked finds exactly what it stored.
  const aligned: AlignedPair[] = rows.map((r) => ({ type: r.type as BeadKind, pt: [], en: [], confidence: r.confidence, ptText: r.ptText, enText: r.enText, flags: [], reason: r.reason }));
  const { pairFlags, documentFlags } = checkDocument(checkInputs(aligned, hasEnglish), options);
  const changes = rows.flatMap((row, k) => {
    const flags = keepDismissals(pairFlags[k] ?? [], row.flags);
    return sameFlags(flags, row.flags) ? [] : [{ row, flags }];
  });
  let changed = 0;
  let skipped = 0;
  for (let at = 0; at < changes.length; at += PAIRS_PER_BATCH) {
    const batch = changes.slice(at, at + PAIRS_PER_BATCH);
    await ctx.sql.transaction(async (sql) => {
      const ids = batch.map((c) => c.row.id);
      const now = await sql.query(`SELECT "id", "version", "removed" FROM "Pair" WHERE "id" IN (${ids.map(() => "?").join(", ")})`, ids);
      const current = new Map(now.map((r) => [asString(r["id"]), asBool(r["removed"]) ? -1 : asNumber(r["version"])]));
      for (const { row, flags } of batch) {
        // An edit or a dismissal since the read moved the version and wrote flags of its own.
        if (current.get(row.id) !== row.version) { skipped++; continue; }
        await replaceFlags(sql, row, flags);
        changed++;
      }
    });
  }
  await ctx.sql.execute(`UPDATE "Document" SET "documentFlags" = ?, "checksFingerprint" = ? WHERE "id" = ?`, [JSON.stringify(documentFlags), checksFingerprint(), documentId]);
  return { changed, skipped };
}

/** Re-checks every document whose flags came from other checks than these (setup runs this). */
export async function recheckStaleDocuments(ctx: AppContext): Promise<string[]> {
  const stale = await ctx.sql.query(`SELECT "id" FROM "Document" WHERE "checksFingerprint" <> ? ORDER BY "createdAt"`, [checksFingerprint()]);
  const ids = stale.map((r) => asString(r["id"]));
  for (const id of ids) await recheckDocument(ctx, id);
  return ids;
}
