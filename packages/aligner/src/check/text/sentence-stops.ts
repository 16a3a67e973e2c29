/**
 * Sentence stops inside a text: a full stop, question or exclamation mark before a space and more
 * text. The last stop is left out: a Portuguese that drops or adds the final stop its English has
 * ("…da janela. gráfica corrente" beside "…of the current graphic window.") says nothing of where
 * its sentences break.
 */
export const sentenceStops = (text: string): number => (text.match(/[.!?](?=\s+\S)/gu) ?? []).length;

/**
 * Whether the Portuguese has more sentence stops than its English: then a stop before a
 * lower-case word cut a sentence in two (a stray stop), rather than a sentence lost its capital.
 */
export const hasExtraStops = (pt: string, en: string | undefined): boolean =>
  en !== undefined && en !== "" && sentenceStops(pt) > sentenceStops(en);
