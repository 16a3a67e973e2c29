import { execAll } from "../text/exec-all.ts";
import { hasJoiner, lowered, words } from "../text/words.ts";
import { PassMemo } from "../../document-pass.ts";

/** A number as written, with its value after scale words ("10 bilhões" → 1e10). */
export interface Quantity {
  start: number;
  end: number;
  value: number;
}

type Lang = "pt" | "en";

const SCALES: Record<Lang, [RegExp, number][]> = {
  // Longest first: "milhares de milhões" and "mil milhões" before "mil".
  pt: [[/^\s*milhares de milhões/u, 1e9], [/^\s*mil milhões/u, 1e9], [/^\s*(?:trilhão|trilhões|biliões|bilião)/u, 1e12], [/^\s*(?:bilhão|bilhões)/u, 1e9], [/^\s*(?:milhão|milhões)/u, 1e6], [/^\s*mil(?!\p{L})/u, 1e3], [/^\s*(?:x|vezes)(?!\p{L})/u, 1]],
  en: [[/^\s*(?:trillion|tn)(?!\p{L})/u, 1e12], [/^\s*(?:billion|bn)(?!\p{L})/u, 1e9], [/^\s*(?:million|mn|m)(?!\p{L})/u, 1e6], [/^\s*(?:thousand|k)(?!\p{L})/u, 1e3], [/^\s*(?:x|times)(?!\p{L})/u, 1]],
};
// Number words, from three up: "um"/"one" and "dois"/"two" are too often not quantities ("um modelo", "one of").
const WORDS: Record<Lang, Record<string, number>> = {
  pt: { três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, quinze: 15, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100 },
  en: { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100 },
};

// The scale words an article counts before ("um bilhão", "a billion"); "mil milhões" ends in "milhões".
const ONE_BEFORE: Record<Lang, string[]> = { pt: ["milhão", "bilhão", "bilião", "trilhão", "milhões"], en: ["million", "billion", "trillion", "thousand"] };
const LEXICAL: Record<Lang, Set<string>> = {
  pt: new Set([...Object.keys(WORDS.pt), ...ONE_BEFORE.pt]),
  en: new Set([...Object.keys(WORDS.en), ...ONE_BEFORE.en]),
};
const SPLIT_JOINERS = /[-'’.]/gu;

/**
 * Whether `quantities(text, lang)` can find anything: a digit, or a word (or a hyphenated
 * part of one) that is a number word or a scale word. A lookup per word of the pair, where
 * the pattern's lookbehinds are tried at every offset; most pairs have no number.
 */
export function mayHaveQuantity(text: string, lang: Lang): boolean {
  if (/\d/u.test(text)) return true;
  // Both number checks ask of every pair's English, each in its own pass over the document.
  const memo = mayHaveMemo[lang];
  let answer = memo.get(text);
  if (answer === undefined) memo.set(text, (answer = hasQuantityWord(text, lang)));
  return answer;
}
const mayHaveMemo: Record<Lang, PassMemo<string, boolean>> = { pt: new PassMemo(), en: new PassMemo() };

/** Whether a word of the text, or a hyphenated part of one, is a number word or a scale word. */
function hasQuantityWord(text: string, lang: Lang): boolean {
  const lexical = LEXICAL[lang];
  for (const w of lowered(words(text))) {
    if (lexical.has(w)) return true;
    if (hasJoiner(w) && w.split(SPLIT_JOINERS).some((part) => lexical.has(part))) return true;
  }
  return false;
}

/** Digits in the language's convention: Portuguese "1.000,5", English "1,000.5". */
function parseDigits(text: string, lang: Lang): number {
  const [thousands, decimal] = lang === "pt" ? [".", ","] : [",", "."];
  const groups = lang === "pt" ? /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u : /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u;
  const plain = groups.test(text) ? text.split(thousands).join("") : text;
  return Number(plain.replace(decimal, "."));
}

const patterns = new Map<Lang, RegExp>();

function numberPattern(lang: Lang): RegExp {
  const known = patterns.get(lang);
  if (known) return known;
  const words = Object.keys(WORDS[lang]).join("|");
  // "um bilhão", "a billion": an article counts as one only before a scale word.
  const one = lang === "pt" ? "um|uma" : "a|an|one";
  const scaleWords = lang === "pt" ? "milhão|bilhão|bilião|trilhão|mil milhões" : "million|billion|trillion|thousand";
  // A digit or a number word's first letter, looked for first: the look-behinds are then tried only there.
  const first = [...new Set([...Object.keys(WORDS[lang]), ...one.split("|")].map((w) => w.charAt(0)))].join("");
  const re = new RegExp(`(?=[\\d${first}])(?:(?<![\\p{L}\\p{N}.,-])(\\d+(?:[.,]\\d+)*)|(?<![\\p{L}])(${words})(?![\\p{L}])|(?<![\\p{L}])(${one})(?= (?:${scaleWords})(?![\\p{L}])))`, "giu");
  patterns.set(lang, re);
  return re;
}

/** The quantities of a text, in digits or number words, with scales applied. */
export function quantities(text: string, lang: Lang): Quantity[] {
  const out: Quantity[] = [];
  for (const m of execAll(numberPattern(lang), text)) {
    let value = m[1] ? parseDigits(m[1], lang) : m[2] ? Object.hasOwn(WORDS[lang], m[2].toLowerCase()) ? WORDS[lang][m[2].toLowerCase()]! : NaN : 1;
    let end = m.index + m[0].length;
    const rest = text.slice(end);
    for (const [scale, factor] of SCALES[lang]) {
      const s = scale.exec(rest);
      if (s) { value *= factor; end += s[0].length; break; }
    }
    if (Number.isFinite(value)) out.push({ start: m.index, end, value });
  }
  return out;
}
