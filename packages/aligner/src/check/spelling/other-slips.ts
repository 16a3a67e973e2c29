import type { Speller } from "../../types.ts";

const VOWEL = /[aeiouáéíóúâêôãõà]/u;

/**
 * Whether `word` is also one plainer slip from an accepted word than `fix`, a slip Portuguese
 * spelling itself points at: a single r or s between vowels where the accepted word doubles it
 * ("corentes" is "correntes", not "cornetes"). A swap that finds a rare word while this finds
 * another is a guess; the check keeps only the corrections it can stand behind. (An m for an n,
 * "emtradas" for "entradas", was tried and left out: hunspell accepts rare forms such as "caanda"
 * that would hide the swap of "caamda" for "camada".) A look-up or two per word, and only for a
 * word the check would flag.
 */
export function hasOtherSlip(word: string, fix: string, speller: Speller): boolean {
  const chars = [...word];
  const accepted = (form: string): boolean => form !== fix && form !== word && speller.correct(form);
  for (let i = 1; i + 1 < chars.length; i++) {
    const c = chars[i]!;
    if ((c === "r" || c === "s") && VOWEL.test(chars[i - 1]!) && VOWEL.test(chars[i + 1]!) && accepted(`${chars.slice(0, i + 1).join("")}${chars.slice(i).join("")}`)) return true;
  }
  return false;
}

/** Whether `fix` is `word` with two neighbouring letters swapped or a doubled letter undone: the slips a guess can hide behind. */
export function isSwapOrDouble(word: string, fix: string): boolean {
  const a = [...word];
  const b = [...fix];
  if (a.length === b.length + 1) return a.some((_, i) => i > 0 && a[i] === a[i - 1] && a.slice(0, i).concat(a.slice(i + 1)).join("") === fix);
  if (a.length !== b.length) return false;
  const diff = a.flatMap((c, i) => (c !== b[i] ? [i] : []));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
