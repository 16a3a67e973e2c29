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

/** Whether `en` is the English of one of the reference pages' section headings ("Syntax", "See also"). */
const ENGLISH_HEADINGS: ReadonlySet<string> = new Set(Object.values(HEADINGS).flat());
export const isEnglishSectionHeading = (en: string): boolean => ENGLISH_HEADINGS.has(key(en));

/**
 * Whether the next pair holds a section heading paired with something that is not a heading
 * ("Seqüência de Chamamento" with "round up", "localiza sub-strings" with "Syntax"): the aligner
 * paired that stretch one segment off, so the lone text's counterpart is the next pair's other
 * side. `side` is the lone text's side; only the heading on the lone text's side counts, since
 * the nearest text after it on that side is then the heading itself, not another lone segment.
 */
export function headingPairedOff(side: "pt" | "en", nextPt: string | undefined, nextEn: string | undefined): boolean {
  if (nextPt === undefined || nextEn === undefined || key(nextPt) === key(nextEn)) return false;
  return side === "pt" ? isSectionHeading(nextPt) && !isEnglishSectionHeading(nextEn) : isEnglishSectionHeading(nextEn) && !isSectionHeading(nextPt);
}
