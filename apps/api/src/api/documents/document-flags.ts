import type { DocumentFlag } from "../../contract/index.ts";

/**
 * The stored whole-document flags (Document.documentFlags, the aligner's `checkDocument` output
 * as JSON) as the API sends them: whatever checks produced them, without offsets (a document
 * flag's offsets point into the source file, which the client never sees whole). A row that is
 * not valid JSON gives none rather than failing the document.
 */
export function readDocumentFlags(json: string | null): DocumentFlag[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((f: Record<string, unknown>) => {
    if (typeof f !== "object" || f === null || typeof f["code"] !== "string") return [];
    const severity = f["severity"] === "error" || f["severity"] === "warning" ? f["severity"] : "info";
    const suggestion = typeof f["suggestion"] === "string" ? f["suggestion"] : null;
    return [{
      code: f["code"], family: typeof f["family"] === "string" ? f["family"] : "other", severity,
      text: typeof f["text"] === "string" ? f["text"] : "", message: typeof f["message"] === "string" ? f["message"] : "", suggestion,
    }];
  });
}
