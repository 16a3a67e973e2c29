/**
 * A help page's navigation trail ("Scilab Help >> Gráficos : exportando > xend"): the chapter
 * titles of the site, copied as they are, not a sentence; its spacing and hyphens are the site's.
 */
export const isNavigationTrail = (line: string): boolean => / >> .* > |^[^\n>]*(?: > [^\n>]+){2,}$/u.test(line);

/**
 * Whether the line holding `index` of `text` is a navigation trail: a span on it is the site's chapter
 * titles. The untranslated checks excuse it only when it is not the English's trail copied whole:
 * that one is a trail left untranslated (see `partlyTranslatedTrail`).
 */
export function onNavigationTrail(text: string, index: number): boolean {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  const end = text.indexOf("\n", index);
  return isNavigationTrail(text.slice(start, end < 0 ? text.length : end));
}

/** A navigation trail that is not its English copied whole ("Scilab Help >> Funções Elementares > Matrix operations > abs"). */
export const partlyTranslatedTrail = (text: string, index: number, en: string | undefined): boolean =>
  onNavigationTrail(text, index) && text.trim() !== en?.trim();
