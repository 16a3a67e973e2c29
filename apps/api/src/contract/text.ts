// Text the store can keep exactly as it was sent. SQLite's native driver cuts a string at its
// first NUL on the way out (a sentence after it vanished from every read), and UTF-8 has no
// encoding for a lone surrogate (it came back as U+FFFD while the answer echoed the original).
// So such text is refused at the edge, naming where the offending character is, rather than
// stored and silently changed. Offsets count UTF-16 code units, as every offset of the API does.
import { z } from "zod";

export interface UnstorableChar {
  /** Offset of the character, in UTF-16 code units. */
  position: number;
  /** What it is, for the message: "NUL (U+0000)" or "a lone surrogate (U+D83D)". */
  what: string;
}

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first character that cannot be stored faithfully, or undefined when there is none. */
export function firstUnstorable(text: string): UnstorableChar | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return { position: i, what: "NUL (U+0000)" };
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
      return { position: i, what: `a lone surrogate (${hex(code)})` };
    }
    if (code >= 0xdc00 && code <= 0xdfff) return { position: i, what: `a lone surrogate (${hex(code)})` };
  }
  return undefined;
}

/** The message both the refinement and the services use. */
export function unstorableMessage(found: UnstorableChar): string {
  return `contains ${found.what} at offset ${found.position}, which cannot be stored faithfully; remove it`;
}

/**
 * Adds the check to a string schema (it stays a ZodString, so `.optional()` and the OpenAPI
 * document work as before). The issue carries `position` for clients that want to point at it.
 */
export function storable<S extends z.ZodString>(schema: S): S {
  return schema.superRefine((text, ctx) => {
    const found = firstUnstorable(text);
    if (found) ctx.addIssue({ code: "custom", message: unstorableMessage(found), params: { position: found.position } });
  }) as S;
}

// Intl.Segmenter splits text into user-perceived characters (Unicode grapheme clusters, UAX #29):
// "é" as e + U+0301, a flag, a family emoji joined by ZWJ are each one.
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Whether `at` falls between two grapheme clusters of `text` (0 and text.length always do).
 * A split elsewhere would cut an emoji's surrogate pair (each half then becomes U+FFFD) or tear
 * an accent off its letter.
 */
export function isGraphemeBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const code = text.charCodeAt(at);
  const prev = text.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) return false;
  // Only the cluster around `at` matters: segment a window wide enough for any real cluster
  // would be a guess, so segment from the start of the line (clusters never cross a line break).
  const lineStart = Math.max(text.lastIndexOf("\n", at - 1) + 1, 0);
  const lineEnd = text.indexOf("\n", at);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd + 1);
  for (const { index } of graphemes.segment(line)) {
    if (lineStart + index === at) return true;
    if (lineStart + index > at) return false;
  }
  return false;
}
