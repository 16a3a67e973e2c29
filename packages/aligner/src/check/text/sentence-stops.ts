/** Sentence stops of a text: a full stop, question or exclamation mark before a space or the end. */
export const sentenceStops = (text: string): number => (text.match(/[.!?](?=\s|$)/gu) ?? []).length;

/**
 * Whether the Portuguese has more sentence stops than its English: then a stop before a
 * lower-case word cut a sentence in two (a stray stop), rather than a sentence lost its capital.
 */
export const hasExtraStops = (pt: string, en: string | undefined): boolean =>
  en !== undefined && en !== "" && sentenceStops(pt) > sentenceStops(en);
