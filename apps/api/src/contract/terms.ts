import { z } from "zod";
import { Term, TermPolicy } from "./common.ts";
import { storable } from "./text.ts";

/** What a client may set on a term; creating one requires `term` and fills in the rest. */
const termFields = {
  term: storable(z.string().trim().min(1).max(200)),
  kind: storable(z.string().trim().max(50)),
  policy: TermPolicy,
  replacement: storable(z.string().trim().max(200)).nullable().optional(),
  note: storable(z.string().max(2000)).nullable().optional(),
  aliases: z.array(storable(z.string().trim().min(1).max(200))).max(50),
};

export const CreateTermBody = z
  .object({
    ...termFields,
    kind: termFields.kind.default(""),
    policy: termFields.policy.default("keep"),
    aliases: termFields.aliases.default([]),
  })
  .meta({ id: "CreateTermBody" });
export type CreateTermBody = z.infer<typeof CreateTermBody>;

export const UpdateTermBody = z.object(termFields).partial().meta({ id: "UpdateTermBody" });
export type UpdateTermBody = z.infer<typeof UpdateTermBody>;

export const TermResponse = z.object({ term: Term }).meta({ id: "TermResponse" });
export const TermListResponse = z.object({ terms: z.array(Term) }).meta({ id: "TermListResponse" });
