/**
 * Escaping text for XML 1.0, which cannot carry every JavaScript string.
 *
 * XML 1.0 §2.2 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
 * Machine-translated text does contain the rest (stray C0 controls from PDF extraction, lone
 * surrogates from broken UTF-16 splitting), and a character reference such as `&#1;` is no way
 * out: the same section forbids it too. So each format names those characters with an element
 * of its own (XLIFF 2.0 `<cp hex="…"/>`, TMX `<ph type="x-alinha-cp">…</ph>`), passed in here
 * as `codePoint`. The readers turn that element back into the character, so nothing is lost.
 */

/** Characters XML 1.0 cannot carry, including lone surrogates (a pair is matched first and kept). */
const FORBIDDEN = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;
const FORBIDDEN_BMP = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

// ES2024, in Node since 20; the compiler's lib (ES2023) does not declare it yet.
const isWellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();

/**
 * Almost no sentence has a forbidden character, and the surrogate-aware pattern is slow on
 * every emoji, so it runs only when a cheap test says it must (bench/formats.ts: TMX 1.7 s → …).
 */
const hasForbidden = (text: string) => FORBIDDEN_BMP.test(text) || !isWellFormed(text);

const TEXT_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  // Always escaped, so "]]>" in a sentence can never close anything.
  ">": "&gt;",
  // A parser turns a raw CR (and CRLF) into LF (XML 1.0 §2.11); the reference survives.
  "\r": "&#13;",
};

const ATTRIBUTE_ENTITIES: Record<string, string> = {
  ...TEXT_ENTITIES,
  '"': "&quot;",
  // Attribute-value normalisation (XML 1.0 §3.3.3) turns raw tabs and newlines into spaces.
  "\t": "&#9;",
  "\n": "&#10;",
};

/** The four hex digits of a forbidden character (all of them lie in the BMP). */
export function codePointHex(char: string): string {
  return char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
}

/** Escapes element content; `codePoint` writes the element that stands for a forbidden character. */
export function escapeXmlText(text: string, codePoint: (hex: string) => string): string {
  const escaped = text.replace(/[&<>\r]/g, (c) => TEXT_ENTITIES[c] ?? c);
  if (!hasForbidden(escaped)) return escaped;
  return escaped.replace(FORBIDDEN, (c) => (c.length === 2 ? c : codePoint(codePointHex(c))));
}

/**
 * Escapes an attribute value. Attributes have no room for an element, so a forbidden character
 * becomes U+FFFD: attributes only hold ids, names and dates, never the text of a pair.
 */
export function escapeXmlAttribute(value: string): string {
  const escaped = value.replace(/[&<>"\r\t\n]/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c);
  if (!hasForbidden(escaped)) return escaped;
  return escaped.replace(FORBIDDEN, (c) => (c.length === 2 ? c : "\uFFFD"));
}

/**
 * Replaces lone surrogates with U+FFFD: the text formats are written as UTF-8, which has no
 * encoding for them, and doing it here makes the loss visible in tests rather than in the encoder.
 */
export function toWellFormed(text: string): string {
  if (isWellFormed(text)) return text;
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (c) => (c.length === 2 ? c : "\uFFFD"));
}
