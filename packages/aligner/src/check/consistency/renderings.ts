import type { CheckInput } from "../../types.ts";
import { foldWord, stemEn } from "../../align/en-stem.ts";
import { translatePt } from "../../align/lexicon.ts";
import { ptLookupForms } from "../../align/pt-lemma.ts";
import stopwords from "../../align/stopwords.json" with { type: "json" };
import { lowered, words, type Word } from "../text/words.ts";

const EN_STOP = new Set(stopwords.en);
/** A particle a rendering may have between its two words: "lei de escala", "máscara da camada". */
const PARTICLE = new Set(["de", "da", "do", "das", "dos", "em", "no", "na", "nos", "nas", "a", "à", "ao", "e", "para", "por", "com"]);
const NONE: readonly string[] = [];
/** A term is a phrase of two content words ("scaling law"); shorter words are too often function words the list misses. */
const MIN_WORD = 3;
/** Letters two Portuguese words share at the start when they are forms of one lemma ("informação", "informações"). */
const STEM = 4;

/** Forms of one word: one is the other's start ("lê", "ler") or they share the lemma's first letters. */
const sameWord = (a: string, b: string): boolean =>
  a.startsWith(b) || b.startsWith(a) || (a.length >= STEM && b.length >= STEM && a.slice(0, STEM) === b.slice(0, STEM));

/** Whether two rendering keys name the same words, inflection and order aside. */
export function sameRendering(a: string, b: string): boolean {
  const [a1, a2] = a.split(" ") as [string, string];
  const [b1, b2] = b.split(" ") as [string, string];
  return (sameWord(a1, b1) && sameWord(a2, b2)) || (sameWord(a1, b2) && sameWord(a2, b1));
}

/** One place where the English has the term, with the Portuguese words that render it there. */
export interface Rendering {
  pair: number;
  /** The rendering's key: the Portuguese words' base forms, in order ("lei escala"). */
  key: string;
  /** The Portuguese words, as written, in the pair's text. */
  words: Word[];
}

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const LOWER_WORD = /^\p{Ll}+$/u;
const isContent = (w: string): boolean => w.length >= MIN_WORD && allLower(w) && !EN_STOP.has(w);

/** LOWER_WORD's answer, by character codes for ASCII (nearly every English word): every word of every pair asks. */
function allLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return LOWER_WORD.test(w);
    if (c < 97 || c > 122) return false;
  }
  return w.length > 0;
}

/** The English two-word terms of a pair ("scaling law", "layer mask"), as stem pairs. */
function englishTerms(en: string): string[] {
  const ws = words(en);
  const low = lowered(ws);
  const out: string[] = [];
  // Each word is lower-cased, tested and stemmed once, not once as the first word of a term and again as the second.
  let aContent = ws.length > 0 && isContent(low[0]!);
  let aStem: string | undefined;
  for (let k = 0; k + 1 < ws.length; k++) {
    const b = low[k + 1]!;
    const bContent = isContent(b);
    const next = ws[k + 1]!;
    let bStem: string | undefined;
    // Two words separated by one space: the second starts one after the first ends, with a space there.
    if (aContent && bContent && next.start - ws[k]!.end === 1 && en.charCodeAt(ws[k]!.end) === 32) out.push(`${aStem ?? stemEn(low[k]!)} ${(bStem = stemEn(b))}`);
    aContent = bContent;
    aStem = bStem;
  }
  return out;
}

// A word written with its capital and then in lower case: "Search", "Bar".
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether the English writes the term as a name, both words capitalised ("the Search Bar is shown", "Show Search Bar"):
 * an element of the interface or a glossary's term, which a document must call one way, and not a phrase of prose
 * ("a short description", "the translated source"), which a translator may word two ways.
 */
export function namedInEnglish(en: string, term: string): boolean {
  const ws = words(en);
  for (let k = 0; k + 1 < ws.length; k++) {
    const [a, b] = [ws[k]!.text, ws[k + 1]!.text];
    if (CAPITALISED.test(a) && CAPITALISED.test(b) && `${stemEn(a.toLowerCase())} ${stemEn(b.toLowerCase())}` === term) return true;
  }
  return false;
}

const translations = new Map<string, readonly string[]>();
/** The lexicon's English stems for a Portuguese word, remembered: a document repeats its words. */
function stemsOf(word: string): readonly string[] {
  let known = translations.get(word);
  if (!known) {
    if (translations.size > 50_000) translations.clear();
    translations.set(word, (known = translatePt(foldWord(word))));
  }
  return known;
}

/** The Portuguese words of the pair that the lexicon says translate `stem`; exactly one, or none. */
function renderingOf(stem: string, pt: readonly Word[], stems: readonly (readonly string[])[]): Word | undefined {
  let hit: Word | undefined;
  for (let i = 0; i < pt.length; i++) {
    if (!stems[i]!.includes(stem)) continue;
    if (hit) return undefined;
    hit = pt[i];
  }
  return hit;
}

/**
 * For every English two-word term that a document repeats (at least `minCount` pairs, or any of
 * `only`), how each pair renders it. A pair counts only where the lexicon finds exactly one
 * Portuguese word for each English word: where it cannot tell, the pair is left out rather than
 * guessed. The Portuguese is looked at only in pairs with such a term: most pairs have none.
 */
export function termRenderings(pairs: readonly CheckInput[], minCount = 1, only?: ReadonlySet<string>): Map<string, Rendering[]> {
  const termsOf = pairs.map((pair) => (pair.en ? [...new Set(englishTerms(pair.en))].filter((t) => !only || only.has(t)) : []));
  const counts = new Map<string, number>();
  for (const terms of termsOf) for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const out = new Map<string, Rendering[]>();
  pairs.forEach((pair, k) => {
    const terms = termsOf[k]!.filter((t) => counts.get(t)! >= minCount);
    if (!terms.length) return;
    const pt = words(pair.pt);
    const stems = pt.map((w) => (w.text.length >= MIN_WORD ? stemsOf(w.text) : NONE));
    for (const term of terms) {
      const [a, b] = term.split(" ") as [string, string];
      const wa = renderingOf(a, pt, stems);
      const wb = renderingOf(b, pt, stems);
      if (!wa || !wb || wa === wb) continue;
      // The two words as one phrase: side by side, or around one particle ("lei de escala"). Words further apart
      // ("linha de comentário seguinte", "Origem 1, Origem 2") are a lexicon's guess, not a rendering of the term.
      const [ia, ib] = [pt.indexOf(wa), pt.indexOf(wb)].sort((x, y) => x - y) as [number, number];
      if (ib - ia > 2 || (ib - ia === 2 && !PARTICLE.has(pt[ia + 1]!.text.toLowerCase()))) continue;
      // A heading in capitals ("ÁREAS DE CARACTERÍSTICAS") is a title, rendered on its own terms: no norm for the prose, nor measured by it.
      if (!/\p{Ll}/u.test(pair.pt.slice(pt[ia]!.start, pt[ib]!.end))) continue;
      // Inflection and word order are not another rendering: "lê informação" and "ler informação",
      // "lugar melhor" and "melhor lugar" are one (see sameRendering).
      // "e-mail" and "email" are one word spelled two ways.
      const key = [wa, wb].map((w) => ptLookupForms(foldWord(w.text)).at(-1)!.replace(/-/gu, "")).sort().join(" ");
      const list = out.get(term) ?? [];
      list.push({ pair: k, key, words: [wa, wb].sort((x, y) => x.start - y.start) });
      out.set(term, list);
    }
  });
  return out;
}
