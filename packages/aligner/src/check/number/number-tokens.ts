import { quantities, type Quantity } from "./quantities.ts";
import { execAll } from "../text/exec-all.ts";
import { BoundedCache } from "../../bounded-cache.js";
import { PassMemo } from "../../document-pass.ts";

type Lang = "pt" | "en";

/** A number of one side, with every value it may stand for. */
export interface NumberToken {
  start: number;
  end: number;
  /** Digits as written, without scale words: "14.5.7", "1.500". */
  raw: string;
  /** The values it may mean: "1.500" is 1500 in Portuguese and 1.5 in English-style decimals. */
  values: number[];
  /** "um", "dois", "one", "two": too often no quantity ("um modelo", "one of") to be flagged alone. */
  weak: boolean;
  /** "14.5.7", "2.10.34": a version or section number, compared as written. */
  dotted: boolean;
  /** Followed by a scale word ("10 bilhões"): the digits alone say nothing. */
  scaled: boolean;
  /**
   * A date, compared as a date whatever its separators and the order of its day and month: "25/08/2009"
   * is the English's "25.08.2009" (and "08/25/2009"). Two dates are the same number when their keys are.
   */
  date?: string;
}

// One and two as words: a quantity only when the other side has the same number. So are zero and the
// words of a count without its figure ("várias centenas" for "several hundred", "um par" for "a pair",
// "dois ou três" for "a triplet or pair"): too loose to be flagged, enough to say the number is there.
const WEAK: Record<Lang, Record<string, number>> = {
  // "mil" alone is a thousand ("mil vezes"); after a number it is the scale the quantity pattern applies.
  // A scale word without a figure ("bilhões de vezes" for "a billion times") says the order of magnitude, not a count.
  pt: { um: 1, uma: 1, dois: 2, duas: 2, mil: 1000, zero: 0, zeros: 0, par: 2, dezena: 10, dezenas: 10, dúzia: 12, dúzias: 12, centena: 100, centenas: 100, milhares: 1000, milhões: 1e6, bilhões: 1e9, biliões: 1e12, trilhões: 1e12, tridimensional: 3, bidimensional: 2, "meio-dia": 12, "meio dia": 12, "meia-noite": 0, "meia noite": 0 },
  // The English's ordinals as words, for the Portuguese's "1º", "2.ª" ("em 1º de fevereiro" for "on the first of February").
  en: { one: 1, two: 2, zero: 0, pair: 2, triplet: 3, twice: 2, dozen: 12, dozens: 12, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9, trillions: 1e12, noon: 12, midnight: 0, first: 1, second: 2, third: 3, fourth: 4, fifth: 5 },
};
// Portuguese ordinals as words, for the English's cardinal ("a quarta seção" for "section four"). Weak like "um" and
// "dois": "segunda" is also a weekday and "segundo" a unit of time, so they vouch for a number, never raise one.
const ORDINALS = new Set<string>();
for (const [k, word] of ["primeir", "segund", "terceir", "quart", "quint", "sext", "sétim", "oitav", "non", "décim"].entries()) {
  for (const ending of ["o", "a", "os", "as"]) { WEAK.pt[`${word}${ending}`] = k + 1; ORDINALS.add(`${word}${ending}`); }
}
// An ordinal in the singular agrees with a noun in the singular: before a plural ("quarto caracteres" for "four
// characters") it stands for the cardinal by a slip, and says nothing of the number.
const PLURAL_NEXT = /^\s+\p{L}+s(?![\p{L}\p{N}])/u;
const misusedOrdinal = (word: string, rest: string): boolean => ORDINALS.has(word) && !word.endsWith("s") && PLURAL_NEXT.test(rest);
/** The words' first letters, looked for first (a look-ahead): the look-behind is then tried only there. */
function firstLetters(words: readonly string[]): string {
  return [...new Set(words.map((w) => w.charAt(0)))].join("");
}
const WEAK_PATTERN: Record<Lang, RegExp> = {
  pt: new RegExp(`(?=[${firstLetters(Object.keys(WEAK.pt))}])(?<![\\p{L}\\p{N}])(${Object.keys(WEAK.pt).join("|")})(?![\\p{L}\\p{N}])`, "giu"),
  en: new RegExp(`(?=[${firstLetters(Object.keys(WEAK.en))}])(?<![\\p{L}\\p{N}])(${Object.keys(WEAK.en).join("|")})(?![\\p{L}\\p{N}])`, "giu"),
};
const DOTTED = /^\d+(?:\.\d+){2,}$/u;
const DIGITS = /\d+(?:[.,]\d+)*/u;

/** Both conventions: a number copied from English into Portuguese keeps its decimal point. */
function readings(raw: string, scaled: number, unscaled: number): number[] {
  const factor = unscaled === 0 || !Number.isFinite(unscaled) ? 1 : scaled / unscaled;
  const out = new Set<number>([scaled]);
  if (/^\d{1,3}(?:[.,]\d{3})+$/u.test(raw)) out.add(Number(raw.replace(/[.,]/gu, "")) * factor);
  if (/^\d+[.,]\d+$/u.test(raw)) out.add(Number(raw.replace(",", ".")) * factor);
  return [...out].filter(Number.isFinite);
}

function fromQuantity(text: string, q: Quantity, lang: Lang): NumberToken {
  const written = text.slice(q.start, q.end);
  const raw = DIGITS.exec(written)?.[0] ?? "";
  const unscaled = raw ? (quantities(raw, lang)[0]?.value ?? NaN) : NaN;
  const values = raw ? readings(raw, q.value, unscaled) : [q.value];
  // "305 m": metres as often as million; either reading is the number.
  if (q.unscaled !== undefined) for (const v of raw ? readings(raw, q.unscaled, unscaled) : [q.unscaled]) if (!values.includes(v)) values.push(v);
  return { start: q.start, end: q.end, raw, values, weak: false, dotted: DOTTED.test(raw), scaled: raw !== written.trim() };
}

/** The two number checks of a pair read the same two texts: keep the last few. */
const CACHE_SIZE = 8;
// One map per language, keyed by the text itself: a key of language and text joined would copy the text on every call.
const caches: Record<Lang, BoundedCache<string, readonly NumberToken[]>> = { pt: new BoundedCache(CACHE_SIZE), en: new BoundedCache(CACHE_SIZE) };
/**
 * During a document pass, the tokens of the first texts it tokenises: both number checks run as document
 * passes, one after the other over all pairs, so the few recent texts above were never the next check's
 * (seven texts in eight were tokenised twice). Bounded as the pass's words are (`text/words.ts`), so a
 * document of tens of thousands of sentences keeps no more.
 */
const MAX_PASS_TEXTS = 4096;
const passTokens: Record<Lang, PassMemo<string, readonly NumberToken[]>> = { pt: new PassMemo(MAX_PASS_TEXTS), en: new PassMemo(MAX_PASS_TEXTS) };

/** Every number of a text: digits (with scale words), number words, and one and two. Shared: read-only. */
export function numberTokens(text: string, lang: Lang): readonly NumberToken[] {
  const pass = passTokens[lang];
  const cache = caches[lang];
  const known = pass.get(text) ?? cache.get(text);
  if (known) return known;
  const tokens = findTokens(text, lang);
  // A pass keeps it; the few recent texts are kept only outside one.
  if (pass.set(text, tokens)) return tokens;
  return cache.set(text, tokens);
}

// A date of day, month and year with one separator throughout ("25/08/2009", "25.08.2009", "8/25/09"); dots only
// with a four-digit year, so that a version or a section number ("2.10.34") stays one.
const DATE = /(?<![\p{L}\p{N}.,/])(\d{1,2})(?:\/(\d{1,2})\/(\d{4}|\d{2})|\.(\d{1,2})\.(\d{4}))(?![\p{L}\p{N}]|[./,]\d)/gu;
const MAY_HOLD_DATE = /\d[./]\d{1,2}[./]\d/u;
// A time of day ("10:42", "13:00"): its hours, with the minutes as a fraction.
const TIME = /(?<![\p{L}\p{N}.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}]|:\d)/gu;
/**
 * A time of day as Portuguese typography writes it, the hour and "h" ("14h30", "9h05", "15h", "14h30min"): the
 * English's "14:30" or "2 pm" in the reader's notation, the same moment. ("2h" as a duration reads 2, as "2 hours" does.)
 */
const TIME_PT = /(?<![\p{L}\p{N}.,:])([01]?\d|2[0-3])h([0-5]\d)?(?:min)?(?![\p{L}\p{N}])/gu;
// An English hour of the afternoon ("1 pm", "1:30 p.m."), which Portuguese writes on the 24-hour clock ("13 horas", "13:00").
const AFTERNOON = /^\s?(?:pm|p\.m\.)(?![\p{L}])/iu;
const NOON = /^\s?noon(?![\p{L}])/iu;
// "2ª-feira" to "6ª-feira": a weekday's name (segunda- to sexta-feira), not a number.
const WEEKDAY = /^\.?ª[- ]feira(?![\p{L}])/iu;

/** Dates and times of a text, each one token (see `NumberToken.date`); what they hold is no other token. */
function datesAndTimes(text: string, lang: Lang): NumberToken[] {
  const out: NumberToken[] = [];
  if (MAY_HOLD_DATE.test(text)) for (const m of execAll(DATE, text)) {
    const a = Number(m[1]);
    const b = Number(m[2] ?? m[4]);
    const y = (m[3] ?? m[5])!;
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) continue;
    const year = y.length === 2 ? Number(y) + 2000 : Number(y);
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], values: [], weak: false, dotted: false, scaled: false, date: `${Math.min(a, b)}/${Math.max(a, b)}/${year}` });
  }
  const clock = (m: RegExpExecArray) => {
    if (!out.some((t) => t.start <= m.index && m.index < t.end)) out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], values: [Number(m[1]) + Number(m[2] ?? 0) / 60], weak: false, dotted: false, scaled: false });
  };
  if (text.includes(":")) for (const m of execAll(TIME, text)) clock(m);
  if (lang === "pt" && text.includes("h")) for (const m of execAll(TIME_PT, text)) clock(m);
  return out;
}

function findTokens(text: string, lang: Lang): NumberToken[] {
  const moments = datesAndTimes(text, lang);
  const tokens = quantities(text, lang).map((q) => fromQuantity(text, q, lang))
    .filter((t) => !moments.some((d) => d.start < t.end && t.start < d.end) && !(lang === "pt" && WEEKDAY.test(text.slice(t.end))));
  tokens.push(...moments);
  if (lang === "en") for (const t of tokens) {
    const after = text.slice(t.end, t.end + 6);
    const hour = t.values[0];
    if (hour === undefined || t.values.length !== 1) continue;
    if (AFTERNOON.test(after) && hour >= 1 && hour < 12) t.values = [hour, hour + 12];
    else if (NOON.test(after) && hour === 12) t.values = [12];
  }
  for (const t of tokens) decadeReadings(text, t, lang);
  for (const m of execAll(WEAK_PATTERN[lang], text)) {
    if (tokens.some((t) => t.start <= m.index && m.index < t.end)) continue;
    if (lang === "pt" && misusedOrdinal(m[1]!.toLowerCase(), text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    tokens.push({ start: m.index, end: m.index + m[0].length, raw: "", values: [WEAK[lang][m[1]!.toLowerCase()]!], weak: true, dotted: false, scaled: false });
  }
  // Dotted numbers the quantity pattern leaves out ("14.5.7" is no quantity).
  for (const m of execAll(/(?<![\p{L}\p{N}.,-])\d+(?:\.\d+){2,}(?![\p{L}\p{N}])/gu, text)) {
    if (tokens.some((t) => t.start < m.index + m[0].length && m.index < t.end)) continue;
    tokens.push({ start: m.index, end: m.index + m[0].length, raw: m[0], values: [], weak: false, dotted: true, scaled: false });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

// A decade: "anos 80", "década de 80" in Portuguese; "1980s", "the '80s" in English. Each is read as the other too.
const DECADE_BEFORE_PT = /(?:anos|d[ée]cada\s+de)\s+$/iu;
const PLURAL_S = /^[’']?s(?![\p{L}\p{N}])/u;
const APOSTROPHE_BEFORE = /[’']$/u;

/** Gives a decade its other readings: "anos 80" is also 1980 (and "anos 20" may be 2020), "1980s" is also 80. */
function decadeReadings(text: string, t: NumberToken, lang: Lang): void {
  const v = t.values[0];
  if (t.values.length !== 1 || v === undefined || t.scaled) return;
  if (/^[1-9]0$/u.test(t.raw) && (lang === "pt" ? DECADE_BEFORE_PT.test(text.slice(Math.max(0, t.start - 12), t.start)) : APOSTROPHE_BEFORE.test(text.slice(0, t.start)) && PLURAL_S.test(text.slice(t.end)))) {
    t.values = [v, 1900 + v, 2000 + v];
  } else if (lang === "en" && /^(?:1[89]|20)\d0$/u.test(t.raw) && PLURAL_S.test(text.slice(t.end))) {
    t.values = [v, v % 100];
  }
}

/** Integers and years compare exactly; a tiny margin only absorbs floating-point noise. */
const EPSILON = 1e-9;
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether two numbers of the two sides are the same number. */
// Digits grouped by thousands, with points or commas: "1.048.576" (Portuguese) is the English's "1,048,576".
const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/u;
const ungrouped = (raw: string): string => raw.replace(/[.,]/gu, "");

export function sameNumber(a: NumberToken, b: NumberToken): boolean {
  if (a.date !== undefined || b.date !== undefined) return a.date === b.date;
  // Each side groups a large number its own way: three points would read as a section number ("1.073.741.824").
  if (GROUPED.test(a.raw) && GROUPED.test(b.raw) && ungrouped(a.raw) === ungrouped(b.raw)) return true;
  if (a.dotted || b.dotted) return a.raw !== "" && a.raw === b.raw;
  if (a.raw !== "" && a.raw === b.raw && !a.scaled && !b.scaled) return true;
  return a.values.some((x) => b.values.some((y) => sameValue(x, y)));
}

/**
 * `text` with the hyphen of a range between figures ("0-16", "1-100") read as a space, the same
 * length so offsets hold: the tokeniser would read "-16" as a negative number that "de 0 até 16"
 * does not have.
 */
export const spaceRanges = (text: string): string => {
  const dashed = text.includes("-") ? text.replace(/(?<=\d)-(?=\d)/gu, " ") : text;
  // A range of two dots ("1..10", "0..255", as Pascal, Perl and the help of numerical languages write it) is its two ends too.
  return dashed.includes("..") ? dashed.replace(/(?<=\d)\.\.(?=\d)/gu, "  ") : dashed;
};

/**
 * `text` with the space that groups thousands read as a thousands point ("10 000" → "10.000", "1 000 000"),
 * the same length so offsets hold. Portuguese typography groups digits with a space, but so do a matrix's
 * figures ("[100 200 300]"): callers use this reading only to find a number the English has.
 */
export const spacedThousands = (text: string): string => text.replace(/(?<![\d.,])(\d{1,3})[ \u00a0\u202f\u2009](?=\d{3}(?!\d))/gu, "$1.");

/** Whether `grouped`, read from `spacedThousands`, is `other`'s number: "1.000.000" there is a grouping, not a section number. */
export function sameGrouped(grouped: NumberToken, other: NumberToken): boolean {
  if (/^\d{1,3}(?:\.\d{3})+$/u.test(grouped.raw)) {
    const value = Number(grouped.raw.replace(/\./gu, ""));
    return other.values.some((v) => v === value);
  }
  return sameNumber(grouped, other);
}
