import { z } from "zod";

/** How long a deleted document waits in the trash before it is purged for good. */
export const TRASH_DAYS = 30;

export const TrashedDocument = z
  .object({
    id: z.string(),
    title: z.string(),
    pairCount: z.number().int(),
    deletedAt: z.string(),
    deletedBy: z.string(),
    /** When it will be purged unless restored first. */
    purgeAt: z.string(),
  })
  .meta({ id: "TrashedDocument" });
export type TrashedDocument = z.infer<typeof TrashedDocument>;

export const TrashListResponse = z.object({ documents: z.array(TrashedDocument) }).meta({ id: "TrashListResponse" });
