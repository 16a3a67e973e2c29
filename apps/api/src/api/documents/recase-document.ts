// The bulk fix of a document that lost its capitals (the `casing-lowercase-document` finding):
// every pair's Portuguese with its sentence starts, names and acronyms recased, shown first as a
// preview of per-pair changes, then written for the pairs the reviewer kept, one Edit each
// (action `recase`), each against the version the preview showed.
import { recasePair, type CheckOptions } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import type { RecaseChange, User } from "../../contract/index.ts";
import { HttpError } from "../../common/errors.ts";
import { NotFound } from "../../common/errors.ts";
import { asBool, asNullableString, asNumber, asString } from "../../db/sql.ts";
import { hasRole } from "../auth/require-role.ts";
import { livePairInContext } from "../pairs/pair-context.ts";
import { inPairTransaction, writePairChange } from "../pairs/pair-writer.ts";
import { checkInputOf, recheck } from "../pairs/recheck.ts";
import { checkOptionsFor, withDocument } from "../settings/check-options.ts";

const NOTE = "Capitals restored across the document (it was in lower case)";

/** What the preview shows: each pair the recasing changes; approved pairs only for an editor. */
export async function previewRecase(ctx: AppContext, documentId: string, user: User): Promise<{ changes: RecaseChange[]; approvedLeftOut: number }> {
  const [doc] = await ctx.sql.query(`SELECT "variant", "hasEnglish", "checkContext" FROM "Document" WHERE "id" = ?`, [documentId]);
  if (!doc) throw new NotFound("document", documentId);
  const options: CheckOptions = withDocument(await checkOptionsFor(ctx, asNullableString(doc["variant"])), asNullableString(doc["checkContext"]));
  const hasEnglish = asBool(doc["hasEnglish"]);
  const rows = await ctx.sql.query(
    `SELECT "id", "index", "version", "ptText", "enText", "status", "gapBefore" FROM "Pair" WHERE "documentId" = ? AND "removed" = ? ORDER BY "index"`,
    [documentId, false],
  );
  const pts = rows.map((r) => asString(r["ptText"]));
  // The neighbours as one pair's context reads them (pair-context.ts): the nearest pairs with Portuguese.
  const next: (string | undefined)[] = new Array(rows.length);
  for (let k = rows.length - 1, seen: string | undefined; k >= 0; k--) {
    next[k] = seen;
    if (pts[k]) seen = pts[k];
  }
  const changes: RecaseChange[] = [];
  let approvedLeftOut = 0;
  let prevPt: string | undefined;
  rows.forEach((r, k) => {
    const ptText = pts[k]!;
    const gapBefore = asNullableString(r["gapBefore"]);
    const input = checkInputOf({
      ptText, enText: asString(r["enText"]), hasEnglish, gapBefore,
      ...(prevPt !== undefined ? { prevPt } : {}), ...(next[k] !== undefined ? { nextPt: next[k] } : {}),
    });
    if (ptText) prevPt = ptText;
    const after = ptText ? recasePair(input, options) : ptText;
    if (after === ptText) return;
    if (r["status"] === "approved" && !hasRole(user, "editor")) return void approvedLeftOut++;
    changes.push({ pairId: asString(r["id"]), index: asNumber(r["index"]), version: asNumber(r["version"]), before: ptText, after });
  });
  return { changes, approvedLeftOut };
}

/**
 * Writes the recasing of each target whose version is still the one previewed, in document
 * order, one Edit each; the rest are reported, not overwritten. The recasing is computed again
 * here from the stored text, never taken from the request, so only letter case can change.
 * The whole-document re-check that follows (it is no longer in lower case, and its sentence-start
 * flags, which the lower-case finding stood in for, now speak for each pair) is the caller's to
 * queue as a job: on a long document it is seconds of work that must not hold the request.
 */
export async function applyRecase(ctx: AppContext, documentId: string, targets: readonly { pairId: string; version: number }[], user: User): Promise<{ applied: RecaseChange[]; conflicts: string[] }> {
  const [doc] = await ctx.sql.query(`SELECT "id" FROM "Document" WHERE "id" = ?`, [documentId]);
  if (!doc) throw new NotFound("document", documentId);
  const applied: RecaseChange[] = [];
  const conflicts: string[] = [];
  const now = new Date();
  for (const target of targets) {
    const done = await applyOne(ctx, documentId, target, user, now);
    if (done) applied.push(done);
    else conflicts.push(target.pairId);
  }
  return { applied: applied.sort((a, b) => a.index - b.index), conflicts };
}

/** Null when the pair is gone, in another document, changed since the preview, locked, or needs nothing. */
async function applyOne(ctx: AppContext, documentId: string, target: { pairId: string; version: number }, user: User, now: Date): Promise<RecaseChange | null> {
  try {
    const { row, context: { options, around } } = await livePairInContext(ctx, target.pairId);
    if (row.documentId !== documentId || row.version !== target.version) return null;
    // Approved means approved: a translator's bulk fix leaves signed-off pairs alone.
    if (row.status === "approved" && !hasRole(user, "editor")) return null;
    const after = recasePair(checkInputOf(around(row.ptText)), options);
    if (after === row.ptText) return null;
    const flags = recheck(around(after), options, row.flags);
    const written = await inPairTransaction(ctx.sql, (sql) =>
      writePairChange(sql, row, { action: "recase", status: "edited", flags, note: NOTE, data: { ptText: after } }, { id: user.id, displayName: user.displayName }, now),
    );
    return { pairId: row.id, index: row.index, version: written.version, before: row.ptText, after };
  } catch (err) {
    if (err instanceof HttpError && (err.status === 404 || err.status === 409)) return null;
    throw err;
  }
}
