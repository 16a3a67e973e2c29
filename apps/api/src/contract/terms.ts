import { z } from "zod";
import { Term, TermPolicy } from "./common.ts";

const aliases = z.array(z.string().trim().min(1).max(200)).max(50);

export const CreateTermBody = z
  .object({
    term: z.string().trim().min(1).max(200),
    kind: z.string().trim().max(50).default(""),
    policy: TermPolicy.default("keep"),
    replacement: z.string().trim().max(200).nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
    aliases: aliases.default([]),
  })
  .meta({ id: "CreateTermBody" });
export type CreateTermBody = z.infer<typeof CreateTermBody>;

export const UpdateTermBody = z
  .object({
    term: z.string().trim().min(1).max(200).optional(),
    kind: z.string().trim().max(50).optional(),
    policy: TermPolicy.optional(),
    replacement: z.string().trim().max(200).nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
    aliases: aliases.optional(),
  })
  .meta({ id: "UpdateTermBody" });
export type UpdateTermBody = z.infer<typeof UpdateTermBody>;

export const TermResponse = z.object({ term: Term }).meta({ id: "TermResponse" });
export const TermListResponse = z.object({ terms: z.array(Term) }).meta({ id: "TermListResponse" });
