import type { AlignmentResult } from "../types.ts";

/**
 * The versioned JSON contract of architecture.md, key for key: other tools read it, so
 * internal fields (a bead's reason, its paragraph) stay out. Repairs and document-wide flags
 * are additions after the contract's keys.
 */
export function toJsonContract(result: AlignmentResult): string {
  const doc = {
    version: result.version,
    pt: result.pt,
    ...(result.en ? { en: result.en } : {}),
    pairs: result.pairs.map((p) => ({
      type: p.type,
      pt: p.pt,
      en: p.en,
      confidence: Math.round(p.confidence * 1000) / 1000,
      ptText: p.ptText,
      enText: p.enText,
      flags: p.flags.map((f) => ({
        code: f.code, family: f.family, severity: f.severity, start: f.start, end: f.end, text: f.text, message: f.message,
        ...(f.suggestion === undefined ? {} : { suggestion: f.suggestion }),
      })),
    })),
    documentFlags: result.documentFlags,
    repairs: result.repairs,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
