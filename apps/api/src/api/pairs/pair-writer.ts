// Every change to a pair and its Edit row are written in one transaction, and the version read
// by the client is checked inside it (a conditional update), so two concurrent writers can
// never both succeed from the same version: the second gets 409, nothing is silently lost.
import type { EditAction, PairStatus } from "../../contract/index.ts";
import type { Db, Tx } from "../../db/client.ts";
import { NotFound, VersionConflict } from "../../common/errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { pairInclude, toPair, type PairRow } from "./pair-dto.ts";
import type { NewFlag } from "./recheck.ts";

export interface Author {
  id: string;
  displayName: string;
}

/** The pair as the writer needs it: what it changes from. */
export interface PairBase {
  id: string;
  documentId: string;
  version: number;
  ptText: string;
}

export interface PairUpdate {
  action: EditAction;
  status: PairStatus;
  note?: string | null;
  /** Replaces the pair's flags when present (the text changed and the checks ran again). */
  flags?: NewFlag[];
  data?: Omit<Prisma.PairUpdateManyMutationInput, "version" | "status" | "updatedAt" | "updatedBy">;
}

/** Thrown inside a transaction when the conditional update matched nothing; rolls it back. */
export class StaleVersion extends Error {
  constructor(readonly pairId: string) {
    super(`pair ${pairId} is not at the version read`);
  }
}

export async function writePairChange(tx: Tx, pair: PairBase, update: PairUpdate, author: Author, now: Date): Promise<number> {
  const version = pair.version + 1;
  const after = typeof update.data?.ptText === "string" ? update.data.ptText : pair.ptText;
  const { count } = await tx.pair.updateMany({
    where: { id: pair.id, version: pair.version, removed: false },
    data: { ...update.data, status: update.status, version, updatedAt: now, updatedBy: author.displayName },
  });
  if (count === 0) throw new StaleVersion(pair.id);
  await tx.edit.create({
    data: {
      pairId: pair.id, documentId: pair.documentId, version, action: update.action,
      before: pair.ptText, after, status: update.status, authorId: author.id,
      authorName: author.displayName, note: update.note ?? null, createdAt: now,
    },
  });
  if (update.flags) await replaceFlags(tx, pair, update.flags);
  return version;
}

export async function replaceFlags(tx: Tx, pair: { id: string; documentId: string }, flags: NewFlag[]): Promise<void> {
  await tx.flag.deleteMany({ where: { pairId: pair.id } });
  if (flags.length > 0) {
    await tx.flag.createMany({ data: flags.map((f) => ({ ...f, pairId: pair.id, documentId: pair.documentId })) });
  }
}

export async function findPair(prisma: Db | Tx, id: string): Promise<PairRow | null> {
  return prisma.pair.findUnique({ where: { id }, include: pairInclude });
}

/** A pair that is still part of its document (merged-away pairs keep only their history). */
export async function livePair(prisma: Db | Tx, id: string): Promise<PairRow> {
  const row = await findPair(prisma, id);
  if (!row || row.removed) throw new NotFound("pair", id);
  return row;
}

/** The 409 a client gets for a version it read that is no longer current. */
export async function conflictFor(prisma: Db, pairId: string): Promise<VersionConflict | NotFound> {
  const current = await findPair(prisma, pairId);
  if (!current || current.removed) return new NotFound("pair", pairId);
  return new VersionConflict(toPair(current));
}

export function assertVersion(row: PairRow, version: number): void {
  if (row.version !== version) throw new VersionConflict(toPair(row));
}

/** Runs a pair transaction, turning a stale conditional update into a 409 with the current pair. */
export async function inPairTransaction<T>(prisma: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await prisma.$transaction(fn, { maxWait: 10_000, timeout: 20_000 });
  } catch (err) {
    if (err instanceof StaleVersion) throw await conflictFor(prisma, err.pairId);
    throw err;
  }
}
