import type { PortugueseVariant } from "../types.ts";

export type BitextFormat = "tmx" | "xliff" | "tsv" | "html" | "md" | "txt";
export const BITEXT_FORMATS: readonly BitextFormat[] = ["tmx", "xliff", "tsv", "html", "md", "txt"];

export type BitextScope = "approved" | "all";

export interface BitextMeta {
  title: string;
  variant: PortugueseVariant;
  /** "approved": only approved pairs; "all": every pair with its status. */
  scope: BitextScope;
  toolVersion?: string;
  /** Written into headers only when given, so the same pairs always give the same bytes. */
  createdAt?: Date;
}
