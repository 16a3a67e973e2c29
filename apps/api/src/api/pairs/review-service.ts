// One-pair review actions: edit, apply a suggestion, dismiss a flag, confirm/approve/reject,
// revert, comment. Each writes the pair and its Edit together (pair-writer.ts).
import type { AppContext } from "../../app-context.ts";
import type { EditAction, Pair, PairStatus, User } from "../../contract/index.ts";
import { Conflict, NotFound, Unprocessable } from "../../common/errors.ts";
import { checkContext } from "./pair-context.ts";
import { toComment, toPair, type PairRow } from "./pair-dto.ts";
import { recheck, sameFlags } from "./recheck.ts";
import { newId } from "../../db/bulk-insert.ts";
import { afterUpdate, assertVersion, conflictFor, inPairTransaction, livePair, StaleVersion, writePairChange, type Author } from "./pair-writer.ts";

/** Dismissing a flag carries no version (it never conflicts with a text edit), so it retries. */
const DISMISS_ATTEMPTS = 3;

function author(user: User): Author {
  return { id: user.id, displayName: user.displayName };
}

export class ReviewService {
  constructor(private readonly ctx: AppContext) {}

  async edit(id: string, ptText: string, version: number, user: User): Promise<Pair> {
    const row = await livePair(this.ctx.prisma, id);
    assertVersion(row, version);
    if (ptText === row.ptText) return toPair(row);
    return this.changeText(row, ptText, "edit", "edited", user);
  }

  async applySuggestion(id: string, flagId: string, version: number, user: User): Promise<Pair> {
    const row = await livePair(this.ctx.prisma, id);
    assertVersion(row, version);
    const flag = row.flags.find((f) => f.id === flagId);
    if (!flag) throw new NotFound("flag on this pair", flagId);
    if (flag.suggestion == null) throw new Unprocessable("No suggestion", `The flag ${flag.code} has no suggestion to apply.`);
    if (row.ptText.slice(flag.start, flag.end) !== flag.text) throw new Conflict("The flag no longer matches the pair's text.");
    const ptText = row.ptText.slice(0, flag.start) + flag.suggestion + row.ptText.slice(flag.end);
    return this.changeText(row, ptText, "apply-suggestion", "edited", user, `${flag.code}: ${flag.text} → ${flag.suggestion}`);
  }

  async dismissFlag(id: string, flagId: string, reason: string, user: User): Promise<Pair> {
    for (let attempt = 1; ; attempt++) {
      const row = await livePair(this.ctx.prisma, id);
      const flag = row.flags.find((f) => f.id === flagId);
      if (!flag) throw new NotFound("flag on this pair", flagId);
      if (flag.dismissed) return toPair(row);
      try {
        const now = new Date();
        const update = { action: "dismiss-flag" as const, status: row.status as PairStatus, note: `${flag.code} "${flag.text}": ${reason}` };
        const written = await this.ctx.prisma.$transaction(async (tx) => {
          const result = await writePairChange(tx, row, update, author(user), now);
          await tx.flag.update({ where: { id: flag.id }, data: { dismissed: true, dismissedBy: user.displayName, dismissReason: reason, dismissedAt: now } });
          return result;
        }, { maxWait: 10_000, timeout: 20_000 });
        const flags = row.flags.map((f) => (f.id === flag.id ? { ...f, dismissed: true, dismissedBy: user.displayName, dismissReason: reason, dismissedAt: now } : f));
        return toPair(afterUpdate(row, update, author(user), now, { ...written, flags }));
      } catch (err) {
        if (!(err instanceof StaleVersion)) throw err;
        if (attempt >= DISMISS_ATTEMPTS) throw await conflictFor(this.ctx.prisma, id);
        // The pair changed under us (its flags may have been replaced); look again.
      }
    }
  }

  async setStatus(id: string, version: number, action: "confirm" | "approve" | "reject", user: User, comment?: string): Promise<Pair> {
    const status: PairStatus = action === "confirm" ? "confirmed" : action === "approve" ? "approved" : "rejected";
    const row = await livePair(this.ctx.prisma, id);
    assertVersion(row, version);
    const note = comment?.trim() || null;
    const update = { action, status, note };
    const now = new Date();
    const written = await inPairTransaction(this.ctx.prisma, async (tx) => {
      const result = await writePairChange(tx, row, update, author(user), now);
      if (note) await tx.$executeRaw`INSERT INTO "Comment" ("id", "pairId", "authorId", "authorName", "body", "createdAt") VALUES (${newId()}, ${id}, ${user.id}, ${user.displayName}, ${note}, ${now})`;
      return result;
    });
    const pair = afterUpdate(row, update, author(user), now, written);
    return toPair(note ? { ...pair, _count: { comments: pair._count.comments + 1 } } : pair);
  }

  async revert(id: string, version: number, editId: string, user: User): Promise<Pair> {
    const row = await livePair(this.ctx.prisma, id);
    assertVersion(row, version);
    const target = await this.ctx.prisma.edit.findUnique({ where: { id: editId } });
    if (!target || target.pairId !== id) throw new NotFound("edit of this pair", editId);
    // A revert restores the text, not a reviewer's sign-off: that has to be given again.
    const status: PairStatus = target.status === "new" || target.status === "edited" ? target.status : "edited";
    return this.changeText(row, target.after, "revert", status, user, `to version ${target.version}`);
  }

  async comment(id: string, body: string, user: User) {
    await livePair(this.ctx.prisma, id);
    const row = await this.ctx.prisma.comment.create({ data: { pairId: id, authorId: user.id, authorName: user.displayName, body } });
    return toComment(row);
  }

  /** Approves what it can; pairs that are gone or in another document come back as conflicts. */
  async bulkApprove(documentId: string, pairIds: string[], user: User, comment?: string): Promise<{ approved: number; conflicts: string[] }> {
    if (!(await this.ctx.prisma.document.findUnique({ where: { id: documentId }, select: { id: true } }))) throw new NotFound("document", documentId);
    const conflicts: string[] = [];
    let approved = 0;
    const note = comment?.trim() || null;
    await this.ctx.prisma.$transaction(async (tx) => {
      const now = new Date();
      const rows = await tx.pair.findMany({ where: { id: { in: pairIds } }, select: { id: true, documentId: true, version: true, ptText: true, status: true, removed: true } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const pairId of new Set(pairIds)) {
        const row = byId.get(pairId);
        if (!row || row.removed || row.documentId !== documentId) {
          conflicts.push(pairId);
          continue;
        }
        if (row.status === "approved") continue;
        await writePairChange(tx, row, { action: "approve", status: "approved", note }, author(user), now);
        approved++;
      }
    }, { maxWait: 10_000, timeout: 60_000 });
    return { approved, conflicts };
  }

  private async changeText(row: PairRow, ptText: string, action: EditAction, status: PairStatus, user: User, note?: string): Promise<Pair> {
    const { options, around } = await checkContext(this.ctx, row);
    const found = recheck(around(ptText), options, row.flags);
    const update = { action, status, note: note ?? null, data: { ptText }, ...(sameFlags(found, row.flags) ? {} : { flags: found }) };
    const now = new Date();
    const written = await inPairTransaction(this.ctx.prisma, (tx) => writePairChange(tx, row, update, author(user), now));
    return toPair(afterUpdate(row, update, author(user), now, written));
  }
}
