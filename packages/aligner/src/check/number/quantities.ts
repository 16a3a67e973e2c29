import { execAll } from "../text/exec-all.ts";
import { hasJoiner, lowered, words } from "../text/words.ts";
import { PassMemo } from "../../document-pass.ts";

/** A number as written, with its value after scale words ("10 bilhões" → 1e10). */
export interface Quantity {
  start: number;
  end: number;
  value: number;
  /**
   * The value without its scale too: English "m" and "k" after a figure are metres and kilo- as often as million and
   * thousand ("305 m", "4k", "32k B"), so "305 m" may be 305 or 305 million.
   */
  unscaled?: number;
}

type Lang = "pt" | "en";

const SCALES: Record<Lang, [RegExp, number][]> = {
  // Longest first: "milhares de milhões" and "mil milhões" before "mil".
  pt: [[/^\s*milhares de milhões/u, 1e9], [/^\s*mil milhões/u, 1e9], [/^\s*(?:trilhão|trilhões|biliões|bilião)/u, 1e12], [/^\s*(?:bilhão|bilhões)/u, 1e9], [/^\s*(?:milhão|milhões)/u, 1e6], [/^\s*mil(?!\p{L})/u, 1e3], [/^\s*(?:x|vezes)(?!\p{L})/u, 1]],
  en: [[/^\s*(?:trillion|tn)(?!\p{L})/u, 1e12], [/^\s*(?:billion|bn)(?!\p{L})/u, 1e9], [/^\s*(?:million|mn|m)(?!\p{L})/u, 1e6], [/^\s*(?:thousand|k)(?!\p{L})/u, 1e3], [/^\s*(?:x|times)(?!\p{L})/u, 1]],
};
/** Scale abbreviations that are units as often: the quantity keeps its reading without the scale. */
const UNIT_OR_SCALE = /^\s*[mk]$/u;
// Number words, from three up: "um"/"one" and "dois"/"two" are too often not quantities ("um modelo", "one of").
const WORDS: Record<Lang, Record<string, number>> = {
  pt: {
    três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15,
    dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19,
    vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100,
  },
  en: {
    three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
    sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  },
};
// Portuguese hundreds are one word each, in both genders ("novecentos", "duzentas"): the English's "nine hundred".
for (const [k, stem] of ["duzent", "trezent", "quatrocent", "quinhent", "seiscent", "setecent", "oitocent", "novecent"].entries()) {
  for (const ending of ["os", "as"]) WORDS.pt[`${stem}${ending}`] = (k + 2) * 100;
}
/** One and two, which count only inside a longer number word ("two hundred", "dois mil"): alone they are weak (see number-tokens). */
const SMALL: Record<Lang, Record<string, number>> = { pt: { um: 1, uma: 1, dois: 2, duas: 2, mil: 1e3 }, en: { one: 1, two: 2, a: 1, an: 1 } };
/** Words that multiply what comes before them in a number of words: "nine hundred", "dois mil", "twenty thousand". */
const MULTIPLIERS: Record<Lang, Record<string, number>> = {
  pt: { mil: 1e3 },
  en: { hundred: 100, thousand: 1e3 },
};

// The scale words an article counts before ("um bilhão", "a billion"); "mil milhões" ends in "milhões".
const ONE_BEFORE: Record<Lang, string[]> = { pt: ["milhão", "bilhão", "bilião", "trilhão", "milhões", "bilhões", "biliões", "trilhões", "mil"], en: ["million", "billion", "trillion", "thousand", "hundred"] };
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
  // So do one and two before a word that multiplies them ("dois mil", "two hundred").
  const one = lang === "pt" ? "um|uma|dois|duas" : "a|an|one|two";
  const scaleWords = lang === "pt" ? "milhão|milhões|bilhão|bilhões|bilião|biliões|trilhão|trilhões|mil milhões|mil" : "million|billion|trillion|thousand|hundred";
  // A digit or a number word's first letter, looked for first: the look-behinds are then tried only there.
  // "mil" opens a number of words when another follows ("mil e trinta" for "one thousand and thirty"); alone it stays weak.
  const thousandAnd = lang === "pt" ? `|mil(?= e (?:${words})(?![\\p{L}]))` : "";
  const first = [...new Set([...Object.keys(WORDS[lang]), ...one.split("|"), ...(lang === "pt" ? ["mil"] : [])].map((w) => w.charAt(0)))].join("");
  const re = new RegExp(`(?=[\\d${first}])(?:(?<![\\p{L}\\p{N}.,-])(\\d+(?:[.,]\\d+)*)|(?<![\\p{L}])(${words})(?![\\p{L}])|(?<![\\p{L}])((?:${one})(?= (?:${scaleWords})(?![\\p{L}]))${thousandAnd}))`, "giu");
  patterns.set(lang, re);
  return re;
}

const wordValue = (word: string, lang: Lang): number | undefined => {
  const w = word.toLowerCase();
  return Object.hasOwn(WORDS[lang], w) ? WORDS[lang][w] : Object.hasOwn(SMALL[lang], w) ? SMALL[lang][w] : undefined;
};
// The next word of a number written in words: after a space, a hyphen ("twenty-five") or "and"/"e" ("vinte e cinco", "a hundred and ten").
const NEXT_WORD: Record<Lang, RegExp> = { pt: /^(?:\s+e\s+|\s+|-)(\p{L}+)(?![\p{L}-])/u, en: /^(?:\s+and\s+|\s+|-)(\p{L}+)(?![\p{L}-])/u };

/**
 * A number of several words from its first word's value: "nine hundred" (900), "vinte e cinco" (25), "novecentos e
 * cinquenta" (950), "dois mil" (2000). A word joins only where it completes the number as a number is said (tens before
 * units, hundreds before tens, a multiplier after what it multiplies): "five and six" stays two numbers.
 */
function wordsOfNumber(text: string, from: number, first: number, lang: Lang): { value: number; end: number } {
  let total = 0;
  let group = first;
  let end = from;
  for (;;) {
    const m = NEXT_WORD[lang].exec(text.slice(end, end + 40));
    if (!m) break;
    const w = m[1]!.toLowerCase();
    const multiplier = Object.hasOwn(MULTIPLIERS[lang], w) ? MULTIPLIERS[lang][w]! : undefined;
    const v = multiplier === undefined ? wordValue(w, lang) : undefined;
    const joined = /^\s+(?:e|and)\s+$/u.test(m[0].slice(0, m[0].length - m[1]!.length));
    if (multiplier !== undefined && !joined) {
      // "hundred" multiplies a group under ten; "thousand" and "mil" the whole group under a thousand.
      if (multiplier === 100 ? group < 1 || group >= 10 : group < 1 || group >= 1000) break;
      if (multiplier === 100) group *= 100;
      else { total += group * multiplier; group = 0; }
    } else if (v !== undefined && v < 100 || (v !== undefined && lang === "pt" && v % 100 === 0 && v < 1000)) {
      // Units after tens ("twenty-five"), tens or units after hundreds ("novecentos e cinquenta"), a group after a thousand.
      const place = group === 0 ? (total > 0 ? 1000 : 0) : group % 100 === 0 ? 100 : group % 10 === 0 && group >= 20 ? 10 : 0;
      if (place === 0 || v >= place) break;
      group += v;
    } else break;
    end += m[0].length;
  }
  return { value: total + group, end };
}

/** The quantities of a text, in digits or number words, with scales applied. */
export function quantities(text: string, lang: Lang): Quantity[] {
  const out: Quantity[] = [];
  // Words a number of several words took in are no number of their own ("hundred" of "nine hundred").
  let taken = 0;
  for (const m of execAll(numberPattern(lang), text)) {
    if (m.index < taken) continue;
    let value = m[1] ? parseDigits(m[1], lang) : (wordValue(m[2] ?? m[3] ?? "", lang) ?? NaN);
    let end = m.index + m[0].length;
    if (!m[1] && Number.isFinite(value)) {
      const spoken = wordsOfNumber(text, end, value, lang);
      value = spoken.value;
      end = taken = spoken.end;
    }
    const rest = text.slice(end);
    let unscaled: number | undefined;
    for (const [scale, factor] of SCALES[lang]) {
      const s = scale.exec(rest);
      if (!s) continue;
      if (lang === "en" && UNIT_OR_SCALE.test(s[0])) unscaled = value;
      value *= factor;
      end += s[0].length;
      break;
    }
    if (Number.isFinite(value)) out.push({ start: m.index, end, value, ...(unscaled !== undefined ? { unscaled } : {}) });
  }
  return out;
}
