import type { CheckInput, Speller } from "../../types.ts";

// A list's bulleted label, short and with no stop of its own: "• Total package names". A heading alone
// ("List or Tlist case") may be followed by a paragraph in lower case too: that is the document's style.
const LABEL = /^[•*-]\s+\p{L}[\p{L}\p{N} '’-]{0,48}$/u;
// The first word of the next text, when it starts in lower case and two more words follow: the sentence goes on
// from the label. A lower-case word alone is a name of a list ("Graphics context" then "set", "get").
const NEXT_WORD = /^\s*(\p{Ll}+)(?=(?:[ ,]+\p{L}+){2})/u;

/**
 * A label the Portuguese goes on to describe: "• Total package names" followed by "é o número de
 * nomes de pacotes…" (apt-cache's statistics, one bullet per line the program prints). The sentence
 * that follows is Portuguese and takes the label as its subject, so the label is a name the program
 * prints (a field, a line of its output), kept as it is: not English left over. A heading left in
 * English is followed by a sentence of its own, with its capital.
 */
export function describedLabel(pair: CheckInput, isEnglish: (w: string) => boolean, pt: Speller | undefined): boolean {
  if (pair.nextPt === undefined || !LABEL.test(pair.pt.trim())) return false;
  const word = NEXT_WORD.exec(pair.nextPt)?.[1];
  return word !== undefined && !isEnglish(word) && (pt?.correct(word) ?? true);
}
