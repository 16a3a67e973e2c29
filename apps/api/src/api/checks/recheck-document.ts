// Flags are derived data: when the checks change, a document imported before keeps flags the
// new checks would not raise (and lacks ones they would). This runs the checks again over a
// document's current pairs, as an import would, and replaces the flags that differ. It writes no
// Edit and moves no version: nothing a reviewer wrote changes.
import { checkDocument, checkInputs, documentContext, type AlignedPair, type BeadKind, type CheckInput, type Flag as CheckFlag, type Range } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { NotFound } from "../../common/errors.ts";
import { asBool, asNullableString, asNumber, asString, forUpdate, type Sql } from "../../db/sql.ts";
import type { FlagRow, PairRow } from "../pairs/pair-dto.ts";
import { findPair, replaceFlags } from "../pairs/pair-writer.ts";
import { sameFlags, type NewFlag } from "../pairs/recheck.ts";
import { checkOptionsFor } from "../settings/check-options.ts";
import { checksFingerprint } from "./checks-fingerprint.ts";
import { findingsToStore } from "../documents/document-flags.ts";

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
      message: f.message, suggestion: f.suggestion ?? null, confidence: f.confidence ?? null,
      dismissed, dismissedBy: dismissed ? old.dismissedBy : null, dismissReason: dismissed ? old.dismissReason : null,
      dismissedAt: dismissed ? old.dismissedAt : null,
    };
  });
}

async function livePairIds(sql: Sql, documentId: string): Promise<string[]> {
  const rows = await sql.query(`SELECT "id" FROM "Pair" WHERE "documentId" = ? AND "removed" = ? ORDER BY "index"`, [documentId, false]);
  return rows.map((r) => asString(r["id"]));
}

/**
 * The check inputs of the document's pairs, as an import builds them: neighbours, English only
 * when the document has it, and each pair's kept gap. A document stored before gaps were kept
 * has none; its gaps come from its Portuguese source and the pairs' ranges into it, and are kept.
 */
function inputsOf(rows: readonly PairRow[], hasEnglish: boolean, ptSource: string, legacy: boolean): CheckInput[] {
  const aligned: AlignedPair[] = rows.map((r) => ({
    type: r.type as BeadKind, pt: legacy ? (JSON.parse(r.ptRanges) as Range[]) : [], en: [], confidence: r.confidence,
    ptText: r.ptText, enText: r.enText, flags: [], reason: r.reason,
  }));
  if (legacy) return checkInputs(aligned, hasEnglish, ptSource);
  return checkInputs(aligned, hasEnglish).map((input, k) => {
    const gap = rows[k]!.gapBefore;
    return gap === null ? input : { ...input, gapBefore: gap };
  });
}

/** Runs every check again over the document's pairs and stores what changed, batch by batch. */
export async function recheckDocument(ctx: AppContext, documentId: string): Promise<RecheckReport> {
  const [doc] = await ctx.sql.query(`SELECT "variant", "hasEnglish", "ptSource", "checkContext" FROM "Document" WHERE "id" = ?`, [documentId]);
  if (!doc) throw new NotFound("document", documentId);
  const hasEnglish = asBool(doc["hasEnglish"]);
  const legacy = asNullableString(doc["checkContext"]) === null;
  const options = await checkOptionsFor(ctx, asNullableString(doc["variant"]));
  const rows = [];
  for (const id of await livePairIds(ctx.sql, documentId)) {
    const row = await findPair(ctx.sql, id);
    if (row) rows.push(row);
  }
  // The same inputs an import builds, and the document-wide checks too, so a fresh import
  // re-checked finds exactly what it stored.
  const inputs = inputsOf(rows, hasEnglish, asString(doc["ptSource"]), legacy);
  const { pairFlags, documentFlags } = checkDocument(inputs, options);
  const changes = rows.flatMap((row, k) => {
    const flags = keepDismissals(pairFlags[k] ?? [], row.flags);
    const gap = inputs[k]?.gapBefore ?? null;
    const sameGap = gap === row.gapBefore;
    return sameFlags(flags, row.flags) && sameGap ? [] : [{ row, flags, gap: sameGap ? undefined : gap }];
  });
  let changed = 0;
  let skipped = 0;
  for (let at = 0; at < changes.length; at += PAIRS_PER_BATCH) {
    const batch = changes.slice(at, at + PAIRS_PER_BATCH);
    await ctx.sql.transaction(async (sql) => {
      const ids = batch.map((c) => c.row.id);
      const now = await sql.query(`SELECT "id", "version", "removed" FROM "Pair" WHERE "id" IN (${ids.map(() => "?").join(", ")})${forUpdate(sql)}`, ids);
      const current = new Map(now.map((r) => [asString(r["id"]), asBool(r["removed"]) ? -1 : asNumber(r["version"])]));
      for (const { row, flags, gap } of batch) {
        // An edit or a dismissal since the read moved the version and wrote flags of its own.
        if (current.get(row.id) !== row.version) { skipped++; continue; }
        if (gap !== undefined) await sql.execute(`UPDATE "Pair" SET "gapBefore" = ? WHERE "id" = ?`, [gap, row.id]);
        if (!sameFlags(flags, row.flags)) {
          await replaceFlags(sql, row, flags);
          changed++;
        }
      }
    });
  }
  // Kept for the edits to come: one pair re-checked alone then sees the document as this pass did (with the
  // document flags, a text the document reports once is not flagged on the pair again).
  const checkContext = JSON.stringify(documentContext(inputs, options.spellers, pairFlags, documentFlags));
  await ctx.sql.transaction(async (sql) => {
    const stored = await findingsToStore(sql, documentId, documentFlags);
    await sql.execute(`UPDATE "Document" SET "documentFlags" = ?, "checksFingerprint" = ?, "checkContext" = ? WHERE "id" = ?`, [stored, checksFingerprint(), checkContext, documentId]);
  });
  return { changed, skipped };
}

/** Re-checks every document whose flags came from other checks than these (setup runs this). */
export async function recheckStaleDocuments(ctx: AppContext): Promise<string[]> {
  const stale = await ctx.sql.query(`SELECT "id" FROM "Document" WHERE "checksFingerprint" <> ? ORDER BY "createdAt"`, [checksFingerprint()]);
  const ids = stale.map((r) => asString(r["id"]));
  for (const id of ids) await recheckDocument(ctx, id);
  return ids;
}
