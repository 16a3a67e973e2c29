import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CorpusDocument, DocumentMeta } from "./document-meta.ts";

export type { CorpusDocument, DocumentMeta } from "./document-meta.ts";
export { loadTerms, type CorpusTerm, type TermKind } from "./terms.ts";

const dataDir = new URL("../data/", import.meta.url);

/** Absolute path of a file shipped in the corpus's data folder. */
export function corpusFilePath(name: string): string {
  return fileURLToPath(new URL(name, dataDir));
}

export function listDocuments(): DocumentMeta[] {
  return JSON.parse(readFileSync(corpusFilePath("documents.json"), "utf8")) as DocumentMeta[];
}

export function getDocument(id: string): CorpusDocument {
  const meta = listDocuments().find((d) => d.id === id);
  if (!meta) throw new Error(`No built-in document with id "${id}"`);
  const enPath = corpusFilePath(meta.enFile);
  return {
    meta,
    pt: readFileSync(corpusFilePath(meta.ptFile), "utf8"),
    en: existsSync(enPath) ? readFileSync(enPath, "utf8") : "",
  };
}

/** The raw bytes of a document's Portuguese, for byte-level checks and re-imports. */
export function getDocumentBytes(id: string): Uint8Array {
  const meta = listDocuments().find((d) => d.id === id);
  if (!meta) throw new Error(`No built-in document with id "${id}"`);
  return readFileSync(corpusFilePath(meta.ptFile));
}
