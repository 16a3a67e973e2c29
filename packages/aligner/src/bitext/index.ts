// Placeholder with the agreed signatures; the bitext-formats work replaces this file.
import type { BitextPair, PortugueseVariant } from "../types.ts";

export type BitextFormat = "tmx" | "xliff" | "tsv" | "html" | "md" | "txt";
export const BITEXT_FORMATS: readonly BitextFormat[] = ["tmx", "xliff", "tsv", "html", "md", "txt"];

export interface BitextMeta {
  title: string;
  variant: PortugueseVariant;
  /** "approved": only approved pairs; "all": every pair with its status. */
  scope: "approved" | "all";
  toolVersion?: string;
  createdAt?: Date;
}

export function serializeBitext(_format: BitextFormat, _pairs: Iterable<BitextPair>, _meta: BitextMeta): Iterable<string> {
  throw new Error("bitext formats are not implemented yet");
}
