import type { CheckInput, Speller } from "../../types.ts";
import { words } from "../text/words.ts";

// Letters English writes: no accent, no cedilla.
const ENGLISH_LETTERS = /^[A-Za-z0-9 '’:-]+$/u;

// A list's bulleted label, short and with no stop of its own: "• Total package names". A heading alone
// ("List or Tlist case") may be followed by a paragraph in lower case too: that is the document's style.
const LABEL = /^[•*-]\s+\p{L}[\p{L}\p{N} '’-]{0,48}$/u;
// A label alone before its colon ("Copy object:", "Marker type:", "Select figure as current:"): a menu's item or a
// table's key, which the next text defines when it goes on in lower case ("utilizando o mouse, permite…").
const COLON_LABEL = /^\p{L}[\p{L}\p{N} '’-]{0,48}:$/u;
// A property's or field's name in lower case, alone before its colon.
const KEY = /^\p{Ll}[\p{Ll}\p{N}_]*:$/u;
// The first word of the next text, when it starts in lower case and two more words follow: the sentence goes on
// from the label. A lower-case word alone is a name of a list ("Graphics context" then "set", "get").
const NEXT_WORD = /^\s*(\p{Ll}+)(?=(?:[ ,]+\p{L}+){2})/u;

/**
 * A label the Portuguese goes on to describe, a bullet's or one alone before its colon: "• Total package names" followed by "é o número de
 * nomes de pacotes…" (apt-cache's statistics, one bullet per line the program prints). The sentence
 * that follows is Portuguese and takes the label as its subject, so the label is a name the program
 * prints (a field, a line of its output), kept as it is: not English left over. A heading left in
 * English is followed by a sentence of its own, with its capital.
 */
export function describedLabel(pair: CheckInput, isEnglish: (w: string) => boolean, pt: Speller | undefined): boolean {
  const label = pair.pt.trim();
  // A key in lower case alone before its colon ("visible:", "children:"): a property the program reads, whatever follows.
  if (KEY.test(label)) return true;
  if (pair.nextPt === undefined) return false;
  // A label before its colon is the program's when it reads as English: an English word, no letter English never writes
  // ("Paste object:", "Select figure as current:"); "noé smith:" is a speaker.
  if (!LABEL.test(label) && !(COLON_LABEL.test(label) && ENGLISH_LETTERS.test(label) && words(label).some((w) => isEnglish(w.text)))) return false;
  const word = NEXT_WORD.exec(pair.nextPt)?.[1];
  return word !== undefined && !isEnglish(word) && (pt?.correct(word) ?? true);
}
