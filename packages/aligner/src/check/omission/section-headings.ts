/**
 * The section headings of reference pages (Scilab's help, man pages) and their English: the
 * aligner often pairs "Seqüência de Chamamento" one pair away from "Syntax", or the Portuguese
 * heading alone beside an English heading paired with something else. Words the lexicon and
 * cognates cannot match ("Chamamento" for "Syntax", "Ver Também" for "See also").
 */
const HEADINGS: Record<string, readonly string[]> = {
  "seqüência de chamamento": ["syntax", "calling sequence"],
  "sequência de chamamento": ["syntax", "calling sequence"],
  "sintaxe": ["syntax", "synopsis"],
  "parâmetros": ["arguments", "parameters", "input arguments"],
  "argumentos": ["arguments", "parameters"],
  "descrição": ["description"],
  "exemplos": ["examples", "example"],
  "exemplo": ["examples", "example"],
  "ver também": ["see also"],
  "veja também": ["see also"],
  "autores": ["authors", "author"],
  "autor": ["author", "authors"],
  "histórico": ["history"],
  "referências": ["references", "bibliography"],
  "bibliografia": ["bibliography", "references"],
  "observações": ["remarks", "notes"],
  "notas": ["notes", "remarks"],
  "sinopse": ["synopsis", "syntax"],
  "opções": ["options"],
  "nome": ["name"],
  "valor de retorno": ["return value", "return values"],
  "funções usadas": ["used functions"],
};

const key = (text: string): string => text.trim().replace(/\s*:$/u, "").replace(/\s+/gu, " ").toLowerCase();

/** Whether `pt` is a section heading and `en` is that heading's English. */
export const sameHeading = (pt: string, en: string | undefined): boolean =>
  en !== undefined && (HEADINGS[key(pt)]?.includes(key(en)) ?? false);

/**
 * Whether `pt` is one of the reference pages' section headings ("Ver Também", "Autores"):
 * alone, it is the page's structure, not a sentence left untranslated or added; what the
 * section holds is judged line by line.
 */
export const isSectionHeading = (pt: string): boolean => HEADINGS[key(pt)] !== undefined;
