import { z } from "zod";

/**
 * Another review screen open on the same document, as the document's event stream reports it
 * (the `presence` event of GET /api/documents/{id}/events).
 */
export const Viewer = z
  .object({
    /** One per open review screen (a user may have two tabs). */
    key: z.string(),
    userId: z.string(),
    displayName: z.string(),
    /** The pair the viewer is on, and whether they are editing it. */
    pairId: z.string().nullable(),
    editing: z.boolean(),
  })
  .meta({ id: "Viewer" });
export type Viewer = z.infer<typeof Viewer>;
