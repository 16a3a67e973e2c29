import type { NumberToken } from "./number-tokens.ts";

/**
 * A count the Portuguese's own list bears out: "As quatro formas disponíveis são: círculo, quadrado, mira e alvo.",
 * "quatro planetas (Marte, Netuno, Plutão e Urano)", "o Marble oferece 11 diferentes visualizações: Atlas, …". The
 * translation counts the items it lists, which come from another version of the program than the English's (session
 * 15, issue 12: kstars and marble pt-BR, "five available shapes" and "15 different views" in the newer English). A slip
 * in a count disagrees with the translation's own list, so it stays a finding; so does a count with no list after it.
 */
export function countedByOwnList(text: string, p: NumberToken, lang: "pt" | "en" = "pt"): boolean {
  const value = p.values.length === 1 ? p.values[0]! : NaN;
  if (!Number.isInteger(value) || value < 2 || value > 30) return false;
  const items = listAfter(text, p.end, ITEM_SEPARATOR[lang]);
  return items !== undefined && items === value;
}

// The list opens a few words after the count, with a colon or a bracket, in the same sentence.
const OPENER = /^[^.:;!?()\n]{0,80}?([:(])/u;
// Items are parted by commas and by the last "e" or "ou" ("and", "or", after a comma or not).
const ITEM_SEPARATOR = {
  pt: /\s*,\s*(?:e\s+|ou\s+)?|\s+(?:e|ou)\s+/u,
  en: /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/u,
};

/** How many items the list after `from` has, or undefined when none opens there. */
function listAfter(text: string, from: number, separator: RegExp): number | undefined {
  const open = OPENER.exec(text.slice(from));
  if (!open) return undefined;
  const start = from + open[0].length;
  const body = open[1] === "(" ? untilClosing(text, start) : untilSentenceEnd(text, start);
  if (body === undefined) return undefined;
  const items = body.split(separator).map((s) => s.trim()).filter(Boolean);
  return items.length >= 2 ? items.length : undefined;
}

/** The text up to the bracket that closes the one before `start`. */
function untilClosing(text: string, start: number): string | undefined {
  const close = text.indexOf(")", start);
  return close < 0 ? undefined : text.slice(start, close);
}

/** The text up to the sentence's stop or the line's end, skipping stops inside brackets ("Precipitação (dez.)"). */
function untilSentenceEnd(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === "\n" || ((c === "." || c === ";") && !/\d/u.test(text[i + 1] ?? "")))) return text.slice(start, i);
  }
  return text.slice(start);
}
