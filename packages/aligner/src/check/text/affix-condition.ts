/**
 * A hunspell affix condition ("[^aeiou]o", ".", "[ãõ]es") tested on a stem's end (suffix rules) or
 * start (prefix rules), with the answers of the RegExp `cond$` / `^cond` (flag "u") the speller
 * compiled for each condition before: each of those was compiled twice by V8 (bytecode, then
 * machine code), ~0.2 ms apiece, and a first check's few thousand words try a few hundred of them,
 * a third of the speller's time on them. Conditions are a sequence of letters, "." and bracketed
 * sets, each one code point; any other syntax (none in the bundled dictionaries) is left to the RegExp.
 */

/** One code point of the condition: any but a line end (`.`), one of `points`, or (`negated`) none of them. */
interface Element {
  any: boolean;
  negated: boolean;
  points: number[];
}

/** Outside a set, and inside one, the characters with a meaning of their own in a RegExp. */
const SPECIAL = new Set([..."\\()[]{}*+?|$^"]);
const SPECIAL_IN_SET = new Set([..."\\[]-^"]);
/** What `.` leaves out in a RegExp without the "s" flag. */
const isLineEnd = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** The condition's elements, or undefined when it holds syntax other than letters, "." and sets. */
function parse(cond: string): Element[] | undefined {
  const chars = [...cond];
  const elements: Element[] = [];
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k]!;
    if (ch === ".") {
      elements.push({ any: true, negated: false, points: [] });
    } else if (ch === "[") {
      const negated = chars[k + 1] === "^";
      const points: number[] = [];
      let j = negated ? k + 2 : k + 1;
      for (; j < chars.length && chars[j] !== "]"; j++) {
        if (SPECIAL_IN_SET.has(chars[j]!)) return undefined;
        points.push(chars[j]!.codePointAt(0)!);
      }
      if (j >= chars.length || points.length === 0) return undefined;
      elements.push({ any: false, negated, points });
      k = j;
    } else {
      if (SPECIAL.has(ch)) return undefined;
      elements.push({ any: false, negated: false, points: [ch.codePointAt(0)!] });
    }
  }
  return elements;
}

const matches = (e: Element, c: number): boolean => (e.any ? !isLineEnd(c) : e.points.includes(c) !== e.negated);

/** Whether the condition holds at the end (`SFX`) or the start (`PFX`) of a stem. */
export function affixCondition(kind: "SFX" | "PFX", cond: string): (stem: string) => boolean {
  const elements = parse(cond);
  if (elements === undefined) {
    // Made on first test, as before: a condition no stem reaches never throws for its syntax.
    let pattern: RegExp | undefined;
    return (stem) => (pattern ??= new RegExp(kind === "SFX" ? `${cond}$` : `^${cond}`, "u")).test(stem);
  }
  if (kind === "SFX") {
    return (stem) => {
      let i = stem.length;
      for (let e = elements.length - 1; e >= 0; e--) {
        if (i === 0) return false;
        let c = stem.charCodeAt(--i);
        // The code point a low surrogate ends, as a RegExp with flag "u" reads it.
        if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
          const high = stem.charCodeAt(i - 1);
          if (high >= 0xd800 && high <= 0xdbff) {
            c = (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
            i--;
          }
        }
        if (!matches(elements[e]!, c)) return false;
      }
      return true;
    };
  }
  return (stem) => {
    let i = 0;
    for (const e of elements) {
      if (i >= stem.length) return false;
      const c = stem.codePointAt(i)!;
      i += c > 0xffff ? 2 : 1;
      if (!matches(e, c)) return false;
    }
    return true;
  };
}
