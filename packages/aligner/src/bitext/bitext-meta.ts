import type { PortugueseVariant } from "../types.ts";

/** Formats written as text, chunk by chunk. `xliff` is XLIFF 2.0, `xliff12` XLIFF 1.2. */
export type BitextFormat = "tmx" | "xliff" | "xliff12" | "po" | "tsv" | "csv" | "html" | "md" | "txt";
export const BITEXT_FORMATS: readonly BitextFormat[] = ["tmx", "xliff", "xliff12", "po", "tsv", "csv", "html", "md", "txt"];

/** Formats written as bytes (zip packages): a spreadsheet, the clean Portuguese and the side-by-side table in Word. */
export type BinaryBitextFormat = "xlsx" | "docx" | "docx-side";
export const BINARY_BITEXT_FORMATS: readonly BinaryBitextFormat[] = ["xlsx", "docx", "docx-side"];

export type ExportFormat = BitextFormat | BinaryBitextFormat;
export const EXPORT_FORMATS: readonly ExportFormat[] = [...BITEXT_FORMATS, ...BINARY_BITEXT_FORMATS];

/** Translation-memory formats are pairs of languages: without English they would be empty sources. */
export const NEEDS_ENGLISH: ReadonlySet<ExportFormat> = new Set(["tmx", "xliff", "xliff12", "po"]);

export type BitextScope = "approved" | "all";

export interface BitextMeta {
  title: string;
  variant: PortugueseVariant;
  /** "approved": only approved pairs; "all": every pair with its status. */
  scope: BitextScope;
  toolVersion?: string;
  /** Written into headers only when given, so the same pairs always give the same bytes. */
  createdAt?: Date;
  /** False for a document of Portuguese alone: the formats in NEEDS_ENGLISH refuse it. */
  hasEnglish?: boolean;
}
