import { z } from "zod";
import { PairStatus } from "./common.ts";

/** Fuzzy matches below this score are not worth showing: the translator would retype faster. */
export const MIN_MATCH_SCORE = 0.7;

/**
 * One translation-memory match for a pair's English. `source` is "documents" for a confirmed or
 * approved pair of some document, or the name of an imported memory (TMX), whose units have no
 * document, pair or status.
 */
export const MemoryMatch = z
  .object({
    score: z.number().min(0).max(1),
    enText: z.string(),
    ptText: z.string(),
    documentId: z.string().nullable(),
    pairId: z.string().nullable(),
    status: PairStatus.nullable(),
    source: z.string(),
  })
  .meta({ id: "MemoryMatch" });
export type MemoryMatch = z.infer<typeof MemoryMatch>;

export const MatchesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(20).default(5),
  minScore: z.coerce.number().min(MIN_MATCH_SCORE).max(1).default(MIN_MATCH_SCORE),
});
export const MatchesResponse = z.object({ matches: z.array(MemoryMatch) }).meta({ id: "MatchesResponse" });

/** Pairs of a document whose English has a match in the memory (other than themselves). */
export const DocumentMatchesResponse = z
  .object({ pairIds: z.array(z.string()) })
  .meta({ id: "DocumentMatchesResponse" });

export const ImportMemoryBody = z
  .object({
    name: z.string().trim().min(1).max(120).refine((n) => n !== "documents", "\"documents\" names the documents' own memory"),
    /** The TMX file's text. */
    tmx: z.string().min(1),
  })
  .meta({ id: "ImportMemoryBody" });
export const MemorySummary = z
  .object({ name: z.string(), units: z.number().int() })
  .meta({ id: "MemorySummary" });
export const MemoryListResponse = z.object({ memories: z.array(MemorySummary) }).meta({ id: "MemoryListResponse" });
export const ImportMemoryResponse = z
  .object({ memory: MemorySummary, warnings: z.array(z.string()) })
  .meta({ id: "ImportMemoryResponse" });
