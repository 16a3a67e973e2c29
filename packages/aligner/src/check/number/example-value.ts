// "ex. 2020", "p. ex. 3", "por exemplo, 8"; "e.g. 2010", "for example, 8", "for instance 3".
const EXAMPLE_PT = /(?:(?<!\p{L})ex\.|(?<!\p{L})p\.\s?ex\.|por exemplo,?|e\.\s?g\.)\s*[(:]?\s*$/iu;
const EXAMPLE_EN = /(?:e\.\s?g\.|for example,?|for instance,?)\s*[(:]?\s*$/iu;
const after = (text: string, t: { start: number }, marker: RegExp): boolean => marker.test(text.slice(Math.max(0, t.start - 16), t.start));

/**
 * Whether the token is an example's value on its side ("ex. 2020", "e.g. 2010"). When both sides give
 * one and they differ, the translator picked another example: neither figure is a quantity the text
 * states, so neither is a mismatch nor a loss.
 */
export const isExampleValue = (text: string, t: { start: number }, lang: "pt" | "en"): boolean => after(text, t, lang === "pt" ? EXAMPLE_PT : EXAMPLE_EN);
