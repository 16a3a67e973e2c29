import { englishNames } from "../text/names.ts";
import { squash } from "../text/words.ts";

/** The English names this many things at least before their absence from the Portuguese says the two are not one sentence. */
const MIN_NAMES = 2;

/**
 * Whether the pair's two sides are two different sentences the aligner put together: the English names
 * several things (people, products, programs: "Joe Smeets … Zing Mee … Querido", "Netscape … Internet
 * Explorer") and the Portuguese names none of them, in any spelling. Its figures then belong to another
 * sentence, and comparing them says nothing. A translation keeps names; it does not drop every one.
 */
export function unrelatedPair(pt: string, en: string): boolean {
  // Not a unit or a dimension with its figure ("2D", "3D", "MP3"): a translation may well write those otherwise.
  const names = englishNames(en).filter((n) => !/\p{N}/u.test(n.text));
  if (names.length < MIN_NAMES) return false;
  const portuguese = squash(pt);
  return !names.some((n) => portuguese.includes(squash(n.text)) || n.parts.some((p) => p.length > 2 && portuguese.includes(squash(p))));
}
