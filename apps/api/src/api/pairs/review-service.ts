// One-pair review actions: edit, apply a suggestion, dismiss a flag, confirm/approve/reject,
// revert, comment. Each writes the pair and its Edit together (pair-writer.ts).
import type { AppContext } from "../../app-context.ts";
import type { Comment, EditAction, Pair, PairStatus, User } from "../../contract/index.ts";
import { Conflict, NotFound, Unprocessable } from "../../common/errors.ts";
import { bulkInsert, newId } from "../../db/bulk-insert.ts";
import { asBool, asNumber, asString, type Sql } from "../../db/sql.ts";
import { livePairInContext, type PairContext } from "./pair-context.ts";
import { toPair, type PairRow } from "./pair-dto.ts";
import { recheck, sameFlags } from "./recheck.ts";
import { assertMayChange } from "./approval-lock.ts";
import { filledPairs, livePairWithRepetitions, repetitionFills } from "./auto-fill.ts";
import { overrideNote, passGate, SHOWN_BY_DEFAULT_SQL } from "./qa-gate.ts";
import { FLAG_CONFIDENCE_THRESHOLD } from "@alinha/aligner";
import { hasRole } from "../auth/require-role.ts";
import { Forbidden } from "../../common/errors.ts";
import { afterUpdate, assertVersion, conflictFor, livePair, StaleVersion, writePairChange, writePairChangeAlone, writePairChanges, type Author, type PairUpdate } from "./pair-writer.ts";

/** Dismissing a flag carries no version (it never conflicts with a text edit), so it retries. */
const DISMISS_ATTEMPTS = 3;

function author(user: User): Author {
  return { id: user.id, displayName: user.displayName };
}

async function addComment(sql: Sql, pairId: string, user: User, body: string, now: Date): Promise<Comment> {
  const id = newId();
  await bulkInsert(sql, "Comment", [{ id, pairId, authorId: user.id, authorName: user.displayName, body, createdAt: now }]);
  return { id, pairId, authorName: user.displayName, body, createdAt: now.toISOString() };
}

export class ReviewService {
  constructor(private readonly ctx: AppContext) {}

  async edit(id: string, ptText: string, version: number, user: User): Promise<Pair> {
    const { row, context } = await livePairInContext(this.ctx, id);
    assertVersion(row, version);
    assertMayChange(row, user);
    if (ptText === row.ptText) return toPair(row);
    return this.changeText(row, context, ptText, "edit", "edited", user);
  }

  /** An edit that came back in a re-imported file: a plain edit, with a note naming the file. */
  async editFromFile(id: string, ptText: string, version: number, user: User, note: string): Promise<Pair> {
    const { row, context } = await livePairInContext(this.ctx, id);
    assertVersion(row, version);
    if (ptText === row.ptText) return toPair(row);
    return this.changeText(row, context, ptText, "edit", "edited", user, note);
  }

  async applySuggestion(id: string, flagId: string, version: number, user: User): Promise<Pair> {
    const { row, context } = await livePairInContext(this.ctx, id);
    assertVersion(row, version);
    assertMayChange(row, user);
    const flag = row.flags.find((f) => f.id === flagId);
    if (!flag) throw new NotFound("flag on this pair", flagId);
    if (flag.suggestion == null) throw new Unprocessable("No suggestion", `The flag ${flag.code} has no suggestion to apply.`);
    if (row.ptText.slice(flag.start, flag.end) !== flag.text) throw new Conflict("The flag no longer matches the pair's text.");
    const ptText = row.ptText.slice(0, flag.start) + flag.suggestion + row.ptText.slice(flag.end);
    return this.changeText(row, context, ptText, "apply-suggestion", "edited", user, `${flag.code}: ${flag.text} → ${flag.suggestion}`);
  }

  async dismissFlag(id: string, flagId: string, reason: string, user: User): Promise<Pair> {
    for (let attempt = 1; ; attempt++) {
      const row = await livePair(this.ctx.sql, id);
      const flag = row.flags.find((f) => f.id === flagId);
      if (!flag) throw new NotFound("flag on this pair", flagId);
      if (flag.dismissed) return toPair(row);
      const now = new Date();
      const update: PairUpdate = { action: "dismiss-flag", status: row.status as PairStatus, note: `${flag.code} "${flag.text}": ${reason}` };
      try {
        const written = await this.ctx.sql.transaction(async (sql) => {
          const result = await writePairChange(sql, row, update, author(user), now);
          await sql.execute(`UPDATE "Flag" SET "dismissed" = ?, "dismissedBy" = ?, "dismissReason" = ?, "dismissedAt" = ? WHERE "id" = ?`, [true, user.displayName, reason, now, flag.id]);
          return result;
        });
        const flags = row.flags.map((f) => (f.id === flag.id ? { ...f, dismissed: true, dismissedBy: user.displayName, dismissReason: reason, dismissedAt: now } : f));
        return toPair(afterUpdate(row, update, author(user), now, { ...written, flags }));
      } catch (err) {
        if (!(err instanceof StaleVersion)) throw err;
        if (attempt >= DISMISS_ATTEMPTS) throw await conflictFor(this.ctx.sql, id);
        // The pair changed under us (its flags may have been replaced); look again.
      }
    }
  }

  /**
   * Confirm, approve or reject. Confirming and approving pass the QA gate (qa-gate.ts); both
   * fill the document's untouched repetitions of the pair's English (auto-fill.ts).
   */
  async setStatus(id: string, version: number, action: "confirm" | "approve" | "reject", user: User, comment?: string, override?: { reason: string }): Promise<{ pair: Pair; autoFilled?: Pair[] }> {
    const status: PairStatus = action === "confirm" ? "confirmed" : action === "approve" ? "approved" : "rejected";
    // Confirming and approving fill the pair's repetitions: read with it, written with it.
    const { row, repetitions } = action === "reject" ? { row: await livePair(this.ctx.sql, id), repetitions: [] } : await livePairWithRepetitions(this.ctx, id);
    assertVersion(row, version);
    assertMayChange(row, user);
    const open = action === "reject" ? [] : passGate(row, override);
    const comments = comment?.trim() || null;
    const note = [open.length && override ? overrideNote(open, override.reason) : null, comments].filter(Boolean).join(" · ") || null;
    const update: PairUpdate = { action, status, note };
    const now = new Date();
    const who = author(user);
    const written = await writePairChangeAlone(this.ctx.sql, row, update, who, now, comments ? { id: newId(), pairId: id, authorId: user.id, authorName: user.displayName, body: comments, createdAt: now } : undefined);
    const after = afterUpdate(row, update, who, now, written);
    const pair = toPair(comments ? { ...after, _count: { comments: after._count.comments + 1 } } : after);
    if (action === "reject") return { pair };
    // Written after the approval, in a statement of their own: in one statement with it, two
    // approvals of pairs that repeat each other would lock the two rows in opposite orders.
    const fills = await repetitionFills(row, repetitions);
    return { pair, autoFilled: filledPairs(fills, await writePairChanges(this.ctx.sql, fills, who, now), who, now) };
  }

  /**
   * Takes a confirmed or approved pair back to work, as a new edit: an editor reopens an approved
   * pair; a translator may take back a confirmation (an undo). The status goes back to what the
   * pair was before it was signed off.
   */
  async reopen(id: string, version: number, user: User, reason?: string): Promise<Pair> {
    const row = await livePair(this.ctx.sql, id);
    assertVersion(row, version);
    if (row.status !== "approved" && row.status !== "confirmed" && row.status !== "rejected") {
      throw new Unprocessable("Not signed off", `Pair ${row.index + 1} is ${row.status}: there is nothing to reopen.`);
    }
    if (row.status === "approved" && !hasRole(user, "editor")) throw new Forbidden(`Pair ${row.index + 1} is approved: only an editor can reopen it.`);
    const [earlier] = await this.ctx.sql.query(
      `SELECT "status" FROM "Edit" WHERE "pairId" = ? AND "status" NOT IN ('confirmed', 'approved', 'rejected') ORDER BY "version" DESC LIMIT 1`, [id]);
    const before = earlier ? asString(earlier["status"]) : "new";
    const status: PairStatus = before === "new" && row.ptText === row.ptOriginal ? "new" : "edited";
    const update: PairUpdate = { action: "reopen", status, note: reason?.trim() || null };
    const now = new Date();
    const written = await writePairChangeAlone(this.ctx.sql, row, update, author(user), now);
    return toPair(afterUpdate(row, update, author(user), now, written));
  }

  async revert(id: string, version: number, editId: string, user: User): Promise<Pair> {
    const { row, context } = await livePairInContext(this.ctx, id);
    assertVersion(row, version);
    assertMayChange(row, user);
    const [target] = await this.ctx.sql.query(`SELECT "after", "status", "version" FROM "Edit" WHERE "id" = ? AND "pairId" = ?`, [editId, id]);
    if (!target) throw new NotFound("edit of this pair", editId);
    // A revert restores the text, not a reviewer's sign-off: that has to be given again.
    const restored = asString(target["status"]);
    const status: PairStatus = restored === "new" || restored === "edited" ? restored : "edited";
    return this.changeText(row, context, asString(target["after"]), "revert", status, user, `to version ${asNumber(target["version"])}`);
  }

  async comment(id: string, body: string, user: User): Promise<Comment> {
    await livePair(this.ctx.sql, id);
    return addComment(this.ctx.sql, id, user, body, new Date());
  }

  /** Approves what it can; pairs that are gone or in another document come back as conflicts. */
  /**
   * Approves many pairs. A pair with an open error flag is skipped and reported (the QA gate),
   * unless `override` says why they may pass: then it is approved with the reason and the codes
   * it passed over in its history, as a single approval's override is.
   */
  async bulkApprove(documentId: string, pairIds: string[], user: User, comment?: string, override?: { reason: string }): Promise<{ approved: number; overridden: number; conflicts: string[]; skipped: { pairId: string; index: number; codes: string[] }[] }> {
    const [doc] = await this.ctx.sql.query(`SELECT "id" FROM "Document" WHERE "id" = ?`, [documentId]);
    if (!doc) throw new NotFound("document", documentId);
    const ids = [...new Set(pairIds)];
    const note = comment?.trim() || null;
    return this.ctx.sql.transaction(async (sql) => {
      const now = new Date();
      const rows = await sql.query(
        `SELECT "id", "documentId", "index", "version", "ptText", "status", "removed" FROM "Pair" WHERE "id" IN (${ids.map(() => "?").join(", ")})`,
        ids,
      );
      const byId = new Map(rows.map((r) => [asString(r["id"]), r]));
      // The QA gate: pairs with an open error flag are skipped and reported, not approved.
      const errors = await sql.query(
        `SELECT "pairId", "code" FROM "Flag" WHERE "pairId" IN (${ids.map(() => "?").join(", ")}) AND "severity" = 'error' AND "dismissed" = ? AND ${SHOWN_BY_DEFAULT_SQL}`,
        [...ids, false, FLAG_CONFIDENCE_THRESHOLD],
      );
      const codesOf = new Map<string, string[]>();
      for (const e of errors) codesOf.set(asString(e["pairId"]), [...new Set([...(codesOf.get(asString(e["pairId"])) ?? []), asString(e["code"])])]);
      const skipped: { pairId: string; index: number; codes: string[] }[] = [];
      const conflicts: string[] = [];
      let approved = 0;
      let overridden = 0;
      for (const pairId of ids) {
        const row = byId.get(pairId);
        if (!row || asString(row["documentId"]) !== documentId || asBool(row["removed"])) {
          conflicts.push(pairId);
          continue;
        }
        if (row["status"] === "approved") continue;
        const codes = codesOf.get(pairId);
        if (codes && !override) {
          skipped.push({ pairId, index: asNumber(row["index"]), codes });
          continue;
        }
        const base = { id: pairId, documentId, version: asNumber(row["version"]), ptText: asString(row["ptText"]) };
        const noted = codes && override ? [overrideNote(codes, override.reason), note].filter(Boolean).join(" · ") : note;
        await writePairChange(sql, base, { action: "approve", status: "approved", note: noted }, author(user), now);
        approved++;
        if (codes) overridden++;
      }
      return { approved, overridden, conflicts, skipped: skipped.sort((a, b) => a.index - b.index) };
    });
  }

  private async changeText(row: PairRow, { options, around }: PairContext, ptText: string, action: EditAction, status: PairStatus, user: User, note?: string): Promise<Pair> {
    const found = recheck(around(ptText), options, row.flags);
    const update: PairUpdate = { action, status, note: note ?? null, data: { ptText }, ...(sameFlags(found, row.flags) ? {} : { flags: found }) };
    const now = new Date();
    const written = await writePairChangeAlone(this.ctx.sql, row, update, author(user), now);
    return toPair(afterUpdate(row, update, author(user), now, written));
  }
}
