import type { z } from "zod";

/** Parses with the contract schema and returns the parsed value (a ZodError becomes a 422). */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  return schema.parse(value);
}
