import { tokenKeys } from "../../align/segment-features.ts";
import type { Lang } from "../../types.ts";

/**
 * How much of `text` the `other` text (in the other language) says too: its content words
 * (stopwords left out) that meet a word of `other` by the aligner's own keys (the same word or
 * number, a cognate by its first letters, the lexicon's translation).
 */
export interface Coverage {
  /** Content words of `text` that found a counterpart in `other`. */
  found: number;
  /** Content words of `text`. */
  words: number;
  /** Words of `text` with a digit or an underscore (numbers, identifiers: "plot2d", "help_from_sci") that found none. */
  distinctMissing: number;
}

/** Words, numbers ("0.125", "1,5") and identifiers whole ("help_from_sci", "plot2d"): one name is one word. */
const TOKEN = /[\p{L}\p{N}_]+(?:[.,'’-][\p{L}\p{N}_]+)*/gu;
/** Each content word's keys; a stopword has none and is left out. */
function keysOf(text: string, lang: Lang): { keys: string[]; distinct: boolean }[] {
  const out: { keys: string[]; distinct: boolean }[] = [];
  for (const tok of text.match(TOKEN) ?? []) {
    const t = tokenKeys(tok, lang);
    if (t) out.push({ keys: t.keys, distinct: /[\d_]/u.test(tok) });
  }
  return out;
}

export function coverage(text: string, lang: Lang, other: string, otherLang: Lang): Coverage {
  const mine = keysOf(text, lang);
  const theirs = new Set(keysOf(other, otherLang).flatMap((w) => w.keys));
  let found = 0;
  let distinctMissing = 0;
  for (const w of mine) {
    if (w.keys.some((k) => theirs.has(k))) found++;
    else if (w.distinct) distinctMissing++;
  }
  return { found, words: mine.length, distinctMissing };
}

/**
 * Enough of a text found in the other: half of its content words and at least three, or two of
 * a short text's three (two shared words of a longer sentence can be the page's topic), with
 * every number and identifier among them ("Default value is 1d-6" is not "o valor padrão é 0").
 */
const MIN_SHARE = 0.5;
const MIN_FOUND = 3;
const MIN_SHARE_OF_FEW = 0.6;
const MIN_FOUND_OF_FEW = 2;
export const covers = (c: Coverage): boolean =>
  c.distinctMissing === 0 &&
  ((c.found >= MIN_FOUND && c.found >= MIN_SHARE * c.words) || (c.found >= MIN_FOUND_OF_FEW && c.found >= MIN_SHARE_OF_FEW * c.words));

/**
 * Whether a neighbour's other side says what the lone `text` says: the aligner paired the two
 * apart (a sentence split or joined differently on each side, a label beside its description),
 * so nothing was left out of the translation. Only that way round: a lone text that holds a
 * neighbour's words may hold more ("If no window exists, the color is added…" beside "Se a cor
 * requisitada não existe…, ela é adicionada", a newer page's sentence), and the neighbour
 * usually has its own partner.
 */
export function saidBeside(text: string, lang: Lang, neighbours: readonly (string | undefined)[]): boolean {
  const otherLang: Lang = lang === "pt" ? "en" : "pt";
  return neighbours.some((n) => !!n && covers(coverage(text, lang, n, otherLang)));
}
