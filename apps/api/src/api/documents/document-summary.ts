import type { DocumentSummary, PairStatus } from "../../contract/index.ts";
import { LOW_CONFIDENCE, PAIR_STATUSES } from "../../contract/index.ts";
import type { Db } from "../../db/client.ts";

/** Progress-bar counts for the given documents (all when `ids` is absent), in four grouped queries. */
export async function summarize(prisma: Db, ids?: string[]): Promise<DocumentSummary[]> {
  const where = ids ? { id: { in: ids } } : {};
  const inDocs = ids ? { documentId: { in: ids } } : {};
  const [docs, statuses, flags, low, activity] = await Promise.all([
    prisma.document.findMany({ where, select: { id: true, title: true, hasEnglish: true, createdAt: true, builtInId: true }, orderBy: { createdAt: "asc" } }),
    prisma.pair.groupBy({ by: ["documentId", "status"], where: { ...inDocs, removed: false }, _count: { _all: true } }),
    prisma.flag.groupBy({ by: ["documentId", "family"], where: { ...inDocs, dismissed: false }, _count: { _all: true } }),
    prisma.pair.groupBy({ by: ["documentId"], where: { ...inDocs, removed: false, confidence: { lt: LOW_CONFIDENCE } }, _count: { _all: true } }),
    prisma.edit.groupBy({ by: ["documentId"], where: inDocs, _max: { createdAt: true } }),
  ]);
  return docs.map((d) => {
    const statusCounts = Object.fromEntries(PAIR_STATUSES.map((s) => [s, 0])) as Record<PairStatus, number>;
    for (const s of statuses) if (s.documentId === d.id) statusCounts[s.status as PairStatus] = s._count._all;
    const flagCounts: Record<string, number> = {};
    for (const f of flags) if (f.documentId === d.id) flagCounts[f.family] = f._count._all;
    const last = activity.find((a) => a.documentId === d.id)?._max.createdAt ?? d.createdAt;
    return {
      id: d.id, title: d.title, hasEnglish: d.hasEnglish,
      pairCount: Object.values(statusCounts).reduce((a, b) => a + b, 0),
      statusCounts, flagCounts,
      lowConfidenceCount: low.find((l) => l.documentId === d.id)?._count._all ?? 0,
      createdAt: d.createdAt.toISOString(), lastActivityAt: last.toISOString(), builtIn: d.builtInId !== null,
    };
  });
}
