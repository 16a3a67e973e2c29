import type { NumberToken } from "./number-tokens.ts";

/**
 * Numbers a translator writes otherwise and rightly so: the same quantity, not a changed one. Each test is asked only
 * of a Portuguese figure that no English figure matches, so an exact comparison still decides every other number.
 */

// A board's, a matrix's or a screen's size: "8x8", "3 × 3", "2-by-3", "1024 by 768".
const DIMENSION = /(?<![\p{L}\p{N}.,])(\d{1,4})\s*(?:[x×]|-?by-?)\s*(\d{1,4})(?![\p{N}.,]\d)/gu;

/**
 * A size the English gives as its two sides and the Portuguese as their product ("64 casas" for "8x8 squares"):
 * the translator counted the cells. Only a whole number, and only the product of a size the English writes.
 */
export function productOfEnglishSize(en: string, p: NumberToken): boolean {
  if (!/\d\s*(?:[x×]|-?by-?)\s*\d/u.test(en)) return false;
  const products = [...en.matchAll(DIMENSION)].map((m) => Number(m[1]) * Number(m[2]));
  return p.values.some((v) => Number.isInteger(v) && v > 1 && products.includes(v));
}

/** Metric units a Portuguese text converts to, with the imperial ones they come from and the factor (or conversion). */
type Conversion = (imperial: number) => number;
const FACTOR = (k: number): Conversion => (x) => x * k;
const METRIC: readonly [RegExp, readonly [RegExp, Conversion][]][] = [
  [/^(?:cm|centímetros?)$/u, [[/^(?:"|″|”|in|inch|inches|polegadas?)$/u, FACTOR(2.54)], [/^(?:ft|feet|foot|pés?)$/u, FACTOR(30.48)]]],
  [/^(?:mm|milímetros?)$/u, [[/^(?:"|″|”|in|inch|inches)$/u, FACTOR(25.4)]]],
  [/^(?:m|metros?)$/u, [[/^(?:ft|feet|foot)$/u, FACTOR(0.3048)], [/^(?:yd|yards?)$/u, FACTOR(0.9144)]]],
  [/^(?:km|quil[óô]metros?)$/u, [[/^(?:mi|miles?)$/u, FACTOR(1.609344)]]],
  [/^(?:kg|quilos?|quilogramas?)$/u, [[/^(?:lbs?|pounds?)$/u, FACTOR(0.45359237)]]],
  [/^(?:g|gramas?)$/u, [[/^(?:oz|ounces?)$/u, FACTOR(28.349523)]]],
  [/^(?:l|litros?)$/u, [[/^(?:gal|gallons?)$/u, FACTOR(3.785411784)]]],
  [/^(?:°C|ºC|° C|graus Celsius)$/u, [[/^(?:°F|° F|ºF|degrees Fahrenheit|Fahrenheit)$/u, (f) => ((f - 32) * 5) / 9]]],
];
// The unit after a figure, or after the last side of a size ("10,16 x 15,24 cm", "4" x 6" cards").
const PT_UNIT = /^(?:\s*[x×]?\s*\d+(?:[.,]\d+)?)*\s*(°\s?C|ºC|graus Celsius|[\p{L}]+)/u;
const EN_FIGURE = /(\d+(?:[.,]\d+)?)\s*(?:[x×]\s*\d+(?:[.,]\d+)?\s*)*("|″|”|°\s?F|ºF|degrees Fahrenheit|[\p{L}]+)/gu;
/** A translator rounds a converted size (4 x 6 inches as 10 x 15 cm): this much apart is the same measure. */
const TOLERANCE = 0.05;

/**
 * A measure converted to the metric unit ("10,16 x 15,24 cm" for "4" x 6"", "160 km" for "100 miles", "20 °C" for
 * "68 °F"): the Portuguese figure is the English's in the unit the reader uses. Only where the Portuguese names a
 * metric unit and the English the imperial one it comes from, and the figures agree once converted.
 */
export function convertedFromEnglish(pt: string, p: NumberToken, en: string): boolean {
  const unit = PT_UNIT.exec(pt.slice(p.end))?.[1];
  if (!unit) return false;
  const from = METRIC.find(([metric]) => metric.test(unit))?.[1];
  if (!from) return false;
  const english: number[] = [];
  for (const m of en.matchAll(EN_FIGURE)) {
    const conversion = from.find(([imperial]) => imperial.test(m[2]!.trim()))?.[1];
    if (!conversion) continue;
    // Every side of a size before the unit ("4 x 6 inch"): each is a figure in that unit.
    for (const side of m[0].match(/\d+(?:[.,]\d+)?/gu) ?? []) english.push(conversion(Number(side.replace(",", "."))));
  }
  return p.values.some((v) => english.some((e) => e !== 0 && Math.abs(v - e) <= TOLERANCE * Math.abs(e)));
}

// A power or a number in scientific notation: "10^-3", "2**16", "1e-3", "1.5E+6", and Fortran's and Scilab's "1d-5".
const POWER = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s*(?:\^|\*\*)\s*\(?\s*([-+]?\d+)\s*\)?|(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)[eEdD]([-+]?\d+)(?![\p{L}\p{N}])/gu;
/** The powers of a text, each with where it stands and what it comes to. */
function powers(text: string): { start: number; end: number; value: number }[] {
  if (!/\d\s*(?:\^|\*\*)|\d[eEdD][-+]?\d/u.test(text)) return [];
  return [...text.matchAll(POWER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: m[1] !== undefined ? Number(m[1]) ** Number(m[2]) : Number(`${m[3]}e${m[4]}`),
  })).filter((x) => Number.isFinite(x.value));
}
const closeTo = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/**
 * A figure written as a power on one side and as its value on the other ("10^-3" for "1e-3", "2^16" for "65536",
 * "1d-5" for "0.00001"): the same number in another notation. The Portuguese figure is a power's base or exponent
 * whose power the English has, or is the value of a power the English writes.
 */
export function samePowerInEnglish(pt: string, p: NumberToken, en: string, english: readonly NumberToken[]): boolean {
  const ptPowers = powers(pt);
  const enPowers = powers(en);
  if (!ptPowers.length && !enPowers.length) return false;
  const englishValues = [...enPowers.map((x) => x.value), ...english.flatMap((t) => t.values)];
  const inPower = ptPowers.find((x) => x.start <= p.start && p.end <= x.end);
  if (inPower) return englishValues.some((v) => closeTo(v, inPower.value));
  return p.values.some((v) => enPowers.some((x) => closeTo(x.value, v)));
}

// A range of integers in the English: "1-3", "1–3", "1..3", "1 to 3", "1 through 3".
const RANGE = /(?<![\p{L}\p{N}.,])(\d{1,4})(?:\s*(?:-|–|\.\.)\s*|\s+(?:to|through|thru)\s+)(\d{1,4})(?![\p{N}.,]\d)/gu;
/** A range a translator writes out member by member stays short. */
const MAX_SPELLED_RANGE = 20;

/**
 * A range the translator wrote out ("as secções 1, 2 e 3" for "sections 1-3"): a figure inside the English's range,
 * where the Portuguese has both its ends too. Without the ends it is another figure, and stays flagged.
 */
export function insideEnglishRange(p: NumberToken, en: string, portuguese: readonly NumberToken[]): boolean {
  if (!/\d\s*(?:-|–|\.\.|to|through|thru)\s*\d/u.test(en)) return false;
  const has = (n: number): boolean => portuguese.some((t) => t.values.includes(n));
  for (const m of en.matchAll(RANGE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b <= a || b - a > MAX_SPELLED_RANGE || !has(a) || !has(b)) continue;
    if (p.values.some((v) => Number.isInteger(v) && v > a && v < b)) return true;
  }
  return false;
}

/**
 * The same three notations seen from the English (for number-missing): an English figure the Portuguese has written
 * otherwise is not missing. A side of a size whose product the Portuguese counts ("8x8" and "64 casas"), an
 * imperial measure the Portuguese gives converted ("4" x 6"" and "10,16 x 15,24 cm"), a power whose value the
 * Portuguese writes ("2^16" and "65536").
 */
export function writtenOtherwiseInPortuguese(en: string, e: NumberToken, pt: string, portuguese: readonly NumberToken[]): boolean {
  const within = (m: RegExpMatchArray): boolean => m.index! <= e.start && e.end <= m.index! + m[0].length;
  const ptValues = portuguese.flatMap((t) => t.values);
  if (/\d\s*(?:[x×]|-?by-?)\s*\d/u.test(en)) {
    for (const m of en.matchAll(DIMENSION)) if (within(m) && ptValues.includes(Number(m[1]) * Number(m[2]))) return true;
  }
  for (const m of en.matchAll(EN_FIGURE)) {
    if (!within(m)) continue;
    // Each Portuguese figure with a metric unit, converted back: one of them is this side's measure.
    if (portuguese.some((p) => convertedFromEnglish(pt, p, m[0]))) return true;
  }
  const power = powers(en).find((x) => x.start <= e.start && e.end <= x.end);
  return power !== undefined && [...ptValues, ...powers(pt).map((x) => x.value)].some((v) => closeTo(v, power.value));
}
