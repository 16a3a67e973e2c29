/**
 * A help page's navigation trail ("Scilab Help >> Gráficos : exportando > xend"): the chapter
 * titles of the site, copied as they are, not a sentence; its spacing and hyphens are the site's.
 */
export const isNavigationTrail = (line: string): boolean => / >> .* > |^[^\n>]*(?: > [^\n>]+){2,}$/u.test(line);
