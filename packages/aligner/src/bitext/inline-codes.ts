import type { BitextPair, InlineCode, InlineCodeFormat } from "../types.ts";

/**
 * An inline code (a TMX `bpt`/`ph`, an XLIFF `ph`/`x`/`sc`…) is not a word of the sentence, but
 * it is what makes a bold word bold or a link a link in the tool the file came from. It stands in
 * the text as one character of the Private Use Area, U+E000 + its index in the pair's `codes`,
 * so the checks and the editor see one opaque character where it was, and the writers put the
 * markup back. The same markup on both sides gets the same character.
 */
export const CODE_BASE = 0xe000;
/** The Private Use Area has 6,400 characters; a pair never has that many codes. */
const CODE_LIMIT = 0xf8ff - CODE_BASE;

export function placeholderOf(index: number): string {
  return String.fromCharCode(CODE_BASE + index);
}

/** The index of the code a character stands for, if it is a placeholder of this pair. */
export function codeIndexOf(char: number, codes: readonly InlineCode[]): number | undefined {
  const k = char - CODE_BASE;
  return k >= 0 && k < codes.length ? k : undefined;
}

/** Collects the codes of one pair as the reader meets them, both sides sharing one list. */
export class CodeCollector {
  readonly codes: InlineCode[] = [];
  /** Made on the first code: one collector per unit, and most units have none. */
  private byXml: Map<string, number> | undefined;
  constructor(readonly format: InlineCodeFormat) {}

  placeholder(xml: string): string | undefined {
    this.byXml ??= new Map();
    let k = this.byXml.get(xml);
    if (k === undefined) {
      if (this.codes.length >= CODE_LIMIT) return undefined;
      k = this.codes.length;
      this.codes.push({ format: this.format, xml });
      this.byXml.set(xml, k);
    }
    return placeholderOf(k);
  }
}

/** Sets the pair's codes when it has any (most pairs have none, and carry no empty list). */
export function attachCodes(pair: BitextPair, collector: CodeCollector): void {
  if (collector.codes.length > 0) pair.codes = collector.codes;
}

/**
 * Puts the markup back into text already escaped for `format`: verbatim when the code came from
 * that format, else as the format's own empty placeholder, so the position survives.
 */
export function restoreCodes(escaped: string, codes: readonly InlineCode[] | undefined, format: InlineCodeFormat): string {
  if (codes === undefined || codes.length === 0) return escaped;
  let out = "";
  for (let i = 0; i < escaped.length; i++) {
    const k = codeIndexOf(escaped.charCodeAt(i), codes);
    if (k === undefined) out += escaped[i];
    else out += codes[k]!.format === format ? codes[k]!.xml : GENERIC_PLACEHOLDER[format](k + 1);
  }
  return out;
}

const GENERIC_PLACEHOLDER: Record<InlineCodeFormat, (n: number) => string> = {
  tmx: (n) => `<ph x="${n}"/>`,
  xliff12: (n) => `<x id="${n}"/>`,
  xliff2: (n) => `<ph id="c${n}"/>`,
};

/** For the formats that carry no markup (PO, TSV, CSV, spreadsheets): a visible `{n}`. */
export function codesAsText(text: string, codes: readonly InlineCode[] | undefined): string {
  if (codes === undefined || codes.length === 0) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const k = codeIndexOf(text.charCodeAt(i), codes);
    out += k === undefined ? text[i] : `{${k + 1}}`;
  }
  return out;
}

/** For what a reader reads (clean text, DOCX, HTML): the codes are gone. */
export function withoutCodes(text: string, codes: readonly InlineCode[] | undefined): string {
  if (codes === undefined || codes.length === 0) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) if (codeIndexOf(text.charCodeAt(i), codes) === undefined) out += text[i];
  return out;
}
