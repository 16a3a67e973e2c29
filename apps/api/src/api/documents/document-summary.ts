import type { AlignmentFinding, DocumentSummary, PairStatus } from "../../contract/index.ts";
import { AlignmentFindings, LOW_CONFIDENCE, PAIR_STATUSES } from "../../contract/index.ts";
import type { AppContext } from "../../app-context.ts";
import { FLAG_CONFIDENCE_THRESHOLD } from "@alinha/aligner";
import { setImmediate as nextTurn } from "node:timers/promises";
import { asString, type Row, type Sql } from "../../db/sql.ts";
import { pairWords } from "./word-count.ts";
import { readDocumentFlags } from "./document-flags.ts";
import { hiddenDocumentIds } from "./hidden-documents.ts";

const zeroes = (): Record<PairStatus, number> => Object.fromEntries(PAIR_STATUSES.map((s) => [s, 0])) as Record<PairStatus, number>;

/** Pairs read per query when counting words (see wordsByStatus). */
const PAIRS_PER_PAGE = 2000;

/**
 * Words per status and document. Counted here, not in SQL: no SQL dialect splits words the way
 * the web app does, and one pass over the live pairs' texts is cheap next to sending them all.
 * Read a document at a time, a page at a time in its order (the Pair index on documentId,
 * removed, index), letting other requests in between: a 5 MB document's pairs read and counted
 * at once held the server's thread for most of a second.
 */
async function wordsByStatus(sql: Sql, ids?: string[]): Promise<Map<string, Record<PairStatus, number>>> {
  const out = new Map<string, Record<PairStatus, number>>();
  const documents = ids ?? (await sql.query(`SELECT "id" FROM "Document"`)).map((r) => asString(r["id"]));
  for (const documentId of documents) {
    for (let after = -1; ;) {
      const rows = await sql.query(
        `SELECT "index", "documentId", "status", "enText", "ptText" FROM "Pair" WHERE "documentId" = ? AND "removed" = ? AND "index" > ? ORDER BY "index" LIMIT ${PAIRS_PER_PAGE}`,
        [documentId, false, after],
      );
      count(rows, out);
      if (rows.length < PAIRS_PER_PAGE) break;
      after = Number(rows[rows.length - 1]!["index"]);
      await nextTurn();
    }
  }
  return out;
}

function count(rows: Row[], out: Map<string, Record<PairStatus, number>>): void {
  for (const r of rows) {
    const doc = asString(r["documentId"]);
    let counts = out.get(doc);
    if (!counts) out.set(doc, (counts = zeroes()));
    const status = asString(r["status"]) as PairStatus;
    counts[status] = (counts[status] ?? 0) + pairWords({ enText: asString(r["enText"]), ptText: asString(r["ptText"]) });
  }
}

/** The stored findings, read defensively: a column written by an older build may hold anything. */
function parseFindings(json: string): AlignmentFinding[] {
  try {
    const parsed = AlignmentFindings.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Progress-bar counts for the given documents (all when `ids` is absent), in a few grouped queries. */
export async function summarize({ prisma, sql }: AppContext, ids?: string[]): Promise<DocumentSummary[]> {
  // Documents still being imported are left out (hidden-documents.ts).
  const hidden = await hiddenDocumentIds({ sql });
  const where = { AND: [ids ? { id: { in: ids } } : {}, { id: { notIn: hidden } }] };
  const inDocs = ids ? { documentId: { in: ids } } : {};
  const [docs, statuses, flags, low, activity, words] = await Promise.all([
    prisma.document.findMany({ where, select: { id: true, title: true, hasEnglish: true, createdAt: true, builtInId: true, documentFlags: true, alignmentFindings: true }, orderBy: { createdAt: "asc" } }),
    prisma.pair.groupBy({ by: ["documentId", "status"], where: { ...inDocs, removed: false }, _count: { _all: true } }),
    // The flags the review screen shows by default: a low-confidence one waits until the reviewer asks (qa-gate.ts).
    prisma.flag.groupBy({ by: ["documentId", "family"], where: { ...inDocs, dismissed: false, OR: [{ confidence: null }, { confidence: { gte: FLAG_CONFIDENCE_THRESHOLD } }] }, _count: { _all: true } }),
    prisma.pair.groupBy({ by: ["documentId"], where: { ...inDocs, removed: false, confidence: { lt: LOW_CONFIDENCE } }, _count: { _all: true } }),
    prisma.edit.groupBy({ by: ["documentId"], where: inDocs, _max: { createdAt: true } }),
    wordsByStatus(sql, ids),
  ]);
  return docs.map((d) => {
    const statusCounts = zeroes();
    for (const s of statuses) if (s.documentId === d.id) statusCounts[s.status as PairStatus] = s._count._all;
    const flagCounts: Record<string, number> = {};
    for (const f of flags) if (f.documentId === d.id) flagCounts[f.family] = f._count._all;
    const last = activity.find((a) => a.documentId === d.id)?._max.createdAt ?? d.createdAt;
    return {
      id: d.id, title: d.title, hasEnglish: d.hasEnglish,
      pairCount: Object.values(statusCounts).reduce((a, b) => a + b, 0),
      statusCounts, wordCounts: words.get(d.id) ?? zeroes(), flagCounts,
      lowConfidenceCount: low.find((l) => l.documentId === d.id)?._count._all ?? 0,
      createdAt: d.createdAt.toISOString(), lastActivityAt: last.toISOString(), builtIn: d.builtInId !== null,
      documentFlags: readDocumentFlags(d.documentFlags),
      alignmentFindings: parseFindings(d.alignmentFindings),
    };
  });
}
