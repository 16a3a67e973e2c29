import { z } from "zod";
import { Id, ReadVersion } from "./common.ts";
import { storable } from "./text.ts";

const matchOptions = {
  find: storable(z.string().min(1).max(500)),
  replace: storable(z.string().max(500)),
  matchCase: z.boolean().optional(),
  wholeWord: z.boolean().optional(),
};

export const ReplacePreviewBody = z
  .object({
    ...matchOptions,
    documentId: Id.optional(),
    /**
     * Only pairs where the same mistake is flagged: an open flag of this check whose text holds
     * `find`. Propagating a flagged fix uses it, so a junk "Mais" removed here is never offered
     * for deletion from "Mais alguma coisa" elsewhere.
     */
    flagCode: z.string().min(1).max(100).optional(),
    /** At most this many matches in `matches` (document order); `total` counts them all. */
    limit: z.number().int().min(1).max(5000).optional(),
  })
  .meta({ id: "ReplacePreviewBody" });
export type ReplacePreviewBody = z.infer<typeof ReplacePreviewBody>;

export const ReplaceMatch = z
  .object({
    pairId: z.string(),
    documentId: z.string(),
    documentTitle: z.string(),
    index: z.number().int(),
    version: z.number().int(),
    before: z.string(),
    after: z.string(),
  })
  .meta({ id: "ReplaceMatch" });
export const ReplacePreviewResponse = z
  .object({ matches: z.array(ReplaceMatch), total: z.number().int() })
  .meta({ id: "ReplacePreviewResponse" });

export const ReplaceApplyBody = z
  .object({
    ...matchOptions,
    targets: z.array(z.object({ pairId: Id, version: ReadVersion })).min(1).max(5000),
  })
  .meta({ id: "ReplaceApplyBody" });
export type ReplaceApplyBody = z.infer<typeof ReplaceApplyBody>;
export const ReplaceApplyResponse = z
  .object({ applied: z.array(z.string()), conflicts: z.array(z.string()) })
  .meta({ id: "ReplaceApplyResponse" });
