import type { CheckInput } from "../../types.ts";
import { execAll } from "../text/exec-all.ts";

/**
 * Numbers a publishing tool generates: a chapter's, a section's, a figure's, a table's, an example's ("Capítulo 4",
 * "Figure 9.2", "10.1. Opções Gerais" opening a line of a table of contents). When the translated book has one chapter
 * more or fewer than its English, every one of them in a document is off by the same amount: the translation follows
 * another version of the book, which a translator wants to hear once, not on every cross-reference.
 */
export interface Label {
  start: number;
  end: number;
  /** What it numbers, the same word in both languages: "chapter" for "Capítulo" and "Chapter"; "heading" for a line's opening number. */
  kind: string;
  /** "10.2" → [10, 2]. */
  parts: number[];
}

type Lang = "pt" | "en";

// The word before the number says what it numbers. Each kind has its word in both languages.
const KIND_WORDS: Record<Lang, [RegExp, string][]> = {
  en: [[/^chapter$/iu, "chapter"], [/^(?:section|sect\.)$/iu, "section"], [/^(?:figure|fig\.)$/iu, "figure"], [/^table$/iu, "table"], [/^example$/iu, "example"], [/^part$/iu, "part"], [/^appendix$/iu, "appendix"], [/^procedure$/iu, "procedure"]],
  pt: [[/^cap[íi]tulo$/iu, "chapter"], [/^(?:se[çc][ãa]o|sec[çc][ãa]o)$/iu, "section"], [/^(?:figura|fig\.)$/iu, "figure"], [/^tabela$/iu, "table"], [/^exemplo$/iu, "example"], [/^parte$/iu, "part"], [/^ap[êe]ndice$/iu, "appendix"], [/^procedimento$/iu, "procedure"]],
};
// A word, then a number of one or more parts: "Figura 10.2", "Chapter 5". The number's own full stop ("Capítulo 4.") is left out.
const WORD_THEN_NUMBER = /(?<![\p{L}\p{N}])(\p{L}+\.?)[ \u00a0]+(\d{1,3}(?:\.\d{1,3})*)(?![\p{N}]|\.\d|[\p{L}])/gu;
// A line that opens with a dotted number and then words: "10.1. Opções Gerais", "9.2 Searching", or the number alone on its line ("10.1.").
const HEADING_NUMBER = /(?<=^|\n)[ \t]*(\d{1,3}(?:\.\d{1,3})+)\.?(?=[ \t]+\p{L}|[ \t]*(?:\n|$))/gu;

/** The generated labels of a text, in order. */
export function labels(text: string, lang: Lang): Label[] {
  if (!/\d/u.test(text)) return [];
  const out: Label[] = [];
  for (const m of execAll(WORD_THEN_NUMBER, text)) {
    const kind = KIND_WORDS[lang].find(([word]) => word.test(m[1]!))?.[1];
    if (kind === undefined) continue;
    const start = m.index + m[0].length - m[2]!.length;
    out.push({ start, end: m.index + m[0].length, kind, parts: m[2]!.split(".").map(Number) });
  }
  if (text.includes("\n") || /^[ \t]*\d/u.test(text)) for (const m of execAll(HEADING_NUMBER, text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (out.some((l) => l.start === start)) continue;
    out.push({ start, end: start + m[1]!.length, kind: "heading", parts: m[1]!.split(".").map(Number) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A label of the Portuguese and the English's label of the same kind and place that it stands for. */
export interface LabelPair {
  pt: Label;
  en: Label;
  /** How much higher the Portuguese's first number is: "Capítulo 4" for "Chapter 5" is -1; 0 where they agree. */
  offset: number;
}

/**
 * The pair's labels matched kind by kind, in order: the first figure of the Portuguese with the first of the English,
 * and so on. Only labels that differ in their first number alone are paired ("10.2" and "9.2", not "10.2" and "9.3"):
 * anything else is no offset but a changed number, for the number checks to weigh.
 */
export function labelPairs(pt: string, en: string): LabelPair[] {
  const ptLabels = labels(pt, "pt");
  if (!ptLabels.length) return [];
  const enLabels = labels(en, "en");
  const out: LabelPair[] = [];
  for (const kind of new Set(ptLabels.map((l) => l.kind))) {
    const mine = ptLabels.filter((l) => l.kind === kind);
    const theirs = enLabels.filter((l) => l.kind === kind);
    if (mine.length !== theirs.length) continue;
    mine.forEach((p, k) => {
      const e = theirs[k]!;
      if (p.parts.length !== e.parts.length || p.parts.some((x, i) => i > 0 && x !== e.parts[i])) return;
      out.push({ pt: p, en: e, offset: p.parts[0]! - e.parts[0]! });
    });
  }
  return out;
}

// A caption: the block opens with its label's word and number, the number's own full stop (or a colon) and then the title,
// on one line: "Figure 9.2. File Searching & Versions". Not a sentence that names a figure ("Figura 3.6 mostra…",
// "See Figure 3.7."), where the number was written by a person.
const CAPTION = /^[ \t]*\p{L}+\.?[ \u00a0]+\d{1,3}(?:\.\d{1,3})+[.:][ \t]+\S[^\n]*$/u;

/**
 * The label of a pair that is a caption on both sides, of one kind, numbered "chapter.place" ("Figura 10.2", "Tabela 8.1"),
 * where the chapter's part alone differs: the publishing tool takes that part from the chapter's place in the book, the
 * rest from the figure's place in its chapter. A translation of another edition of the book, with a chapter more or fewer,
 * shifts the first part alone, and the place that agrees says it is the same figure (reviewed as right in the translated
 * book in two books of the tuning half). It is `labelOffset`'s document-wide reading, made on a page that has one label,
 * its caption's. A chapter's title ("Capítulo 4. Configuração") has no second part to vouch for it and is compared; so is
 * a label whose place differs ("Figura 3.6" for "Figure 3.7"), and any number in running prose.
 */
export function shiftedCaptionLabel(pt: string, en: string): { pt: Label; en: Label } | undefined {
  if (!CAPTION.test(pt) || !CAPTION.test(en)) return undefined;
  const [p] = labels(pt, "pt");
  const [e] = labels(en, "en");
  if (!p || !e || p.kind !== e.kind || p.kind === "heading" || p.start !== pt.search(/\d/u) || e.start !== en.search(/\d/u)) return undefined;
  if (p.parts.length !== e.parts.length || p.parts[0] === e.parts[0] || p.parts.some((x, i) => i > 0 && x !== e.parts[i])) return undefined;
  return { pt: p, en: e };
}

/** Pairs of a document whose labels run off by one amount before it is the document's offset, not a slip. */
export const MIN_OFFSET_PAIRS = 2;

/**
 * The document's offset of its labels from the English's: the one amount by which at least MIN_OFFSET_PAIRS pairs'
 * labels differ, with no pair off by another amount as often. Labels that agree say nothing against it: a
 * cross-reference to a chapter before the one the versions disagree on keeps its number. Undefined when there is none.
 */
export function labelOffset(pairs: readonly CheckInput[]): number | undefined {
  const known = memo.get(pairs);
  if (known !== undefined) return known.offset;
  const counts = new Map<number, number>();
  for (const p of pairs) {
    if (!p.en || !/\d/u.test(p.pt) || !/\d/u.test(p.en)) continue;
    const offsets = new Set(labelPairs(p.pt, p.en).map((l) => l.offset).filter((d) => d !== 0));
    // A pair whose labels disagree among themselves is no evidence of one offset.
    if (offsets.size === 1) for (const d of offsets) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const offset = best && best[1] >= MIN_OFFSET_PAIRS && (!second || best[1] > 2 * second[1]) ? best[0] : undefined;
  memo.set(pairs, { offset, pairs: offset === undefined ? 0 : best![1] });
  return offset;
}

const memo = new WeakMap<readonly CheckInput[], { offset: number | undefined; pairs: number }>();

/** The spans of the pair's Portuguese and English that are labels off by the document's `offset`: neither a changed nor a lost number. */
export function offsetLabelSpans(pt: string, en: string, offset: number | undefined): { pt: Label[]; en: Label[] } {
  // A caption whose chapter part alone its edition shifted, whatever the document's offset (shiftedCaptionLabel).
  const caption = /\d\.\d/u.test(pt) ? shiftedCaptionLabel(pt, en) : undefined;
  if (caption) return { pt: [caption.pt], en: [caption.en] };
  if (offset === undefined || offset === 0) return { pt: [], en: [] };
  const shifted = labelPairs(pt, en).filter((l) => l.offset === offset);
  return { pt: shifted.map((l) => l.pt), en: shifted.map((l) => l.en) };
}
