import type { Speller } from "../../types.ts";
import { memoPerSpeller } from "../text/memo-per-speller.ts";

/**
 * Words after which Portuguese writes a noun, never a finite verb: articles, their contractions
 * with a preposition, demonstratives, possessives. "a pagina" can only be "a página".
 */
const DETERMINERS = new Set([
  "o", "a", "os", "as", "um", "uma", "uns", "umas", "do", "da", "dos", "das", "no", "na", "nos", "nas",
  "ao", "à", "aos", "às", "pelo", "pela", "pelos", "pelas", "num", "numa", "dum", "duma",
  "este", "esta", "estes", "estas", "esse", "essa", "esses", "essas", "deste", "desta", "desse", "dessa",
  "neste", "nesta", "nesse", "nessa", "seu", "sua", "seus", "suas", "meu", "minha", "teu", "tua", "nosso", "nossa", "cada",
]);

/**
 * Prepositions that take a noun or an infinitive, never a finite verb: "caixa de dialogo", "em silencio",
 * "mapa de memoria". No gender to check after them, so a word that is a noun of its own as it stands
 * stays: a loan the English has too ("de media", pt-PT), or one whose accented twin puts the accent on its
 * first letter, a rare word the dictionary lists ("lista de espera", not "éspera").
 */
const PREPOSITIONS = new Set(["de", "em", "com", "sem", "entre", "sobre", "contra"]);

/**
 * Words before which "o", "a", "os", "as" are pronouns, not articles: "ele a copia" (he copies
 * it), "que o numera", "não os calcula".
 */
const BEFORE_CLITIC = new Set(["ele", "ela", "eles", "elas", "você", "vocês", "eu", "nós", "que", "quem", "não", "se", "já", "também", "nunca", "sempre", "só", "ainda", "isto", "isso", "programa", "usuário", "utilizador"]);
const CLITICS = new Set(["o", "a", "os", "as"]);

/** Determiners of one gender: a noun after them that ends as the other gender does is no noun of theirs ("este varia": the pronoun and its verb). */
const MASCULINE = new Set(["o", "os", "um", "uns", "do", "dos", "no", "nos", "ao", "aos", "pelo", "pelos", "num", "dum", "este", "estes", "esse", "esses", "deste", "desse", "neste", "nesse", "seu", "seus", "meu", "teu", "nosso"]);
const FEMININE = new Set(["a", "as", "uma", "umas", "da", "das", "na", "nas", "à", "às", "pela", "pelas", "numa", "duma", "esta", "estas", "essa", "essas", "desta", "dessa", "nesta", "nessa", "sua", "suas", "minha", "tua", "nossa"]);

/** The accent an unaccented vowel may have lost. */
const ACCENTED: Record<string, string> = { a: "áâ", e: "éê", i: "í", o: "óô", u: "ú" };
const VOWEL = /[aeiou]/u;
/** Present-tense endings of a verb in -ar that look like a noun or adjective: "numero", "pagina", "calculas". */
const AR_VERB_FORM = /^(\p{L}{3,}?)(?:o|a|as|os)$/u;

/**
 * A word with its accent lost that is still a word, a form of a verb in -ar ("numero" of
 * "numerar", "pagina" of "paginar", "ultimo" of "ultimar"), right after a determiner, where only
 * the noun or adjective can stand ("o número", "da página", "o último"). The speller accepts the
 * verb, so only the place tells; returns the accented word when exactly one is a word.
 */
export function verbForNoun(word: string, previous: string | undefined, beforePrevious: string | undefined, speller: Speller, english?: Speller): string | undefined {
  if (!previous || !arEnding(word) || /[^a-z]/u.test(word)) return undefined;
  if (PREPOSITIONS.has(previous)) {
    if (english?.correct(word)) return undefined;
    const noun = accentedNoun(word, speller);
    return noun !== undefined && noun[0] !== noun.normalize("NFD")[0] ? undefined : noun;
  }
  if (!DETERMINERS.has(previous)) return undefined;
  if (CLITICS.has(previous) && beforePrevious !== undefined && BEFORE_CLITIC.has(beforePrevious)) return undefined;
  if ((MASCULINE.has(previous) && /as?$/u.test(word)) || (FEMININE.has(previous) && /os?$/u.test(word))) return undefined;
  return accentedNoun(word, speller);
}

/**
 * Whether `word` ends as AR_VERB_FORM needs, three letters at least before "o" or "a", or before "os" or
 * "as": by its last characters, before the lookups every word after a determiner would otherwise pay.
 */
export function arEnding(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 111 || last === 97) return n >= 4;
  const vowel = word.charCodeAt(n - 2);
  return last === 115 && (vowel === 111 || vowel === 97) && n >= 5;
}

/** Answers kept per dictionary: past this many, the memo starts again (a project's vocabulary is far smaller). */
const MAX_ANSWERS = 50_000;

/**
 * The one accented word that `word`, a form of a verb in -ar, lost its accent from; depends on the
 * word and the dictionary alone, and the same words follow determiners on every page, so it is
 * remembered per dictionary.
 */
const accentedNoun = memoPerSpeller(MAX_ANSWERS, (word, speller) => accentedNounUncached(word, speller));

function accentedNounUncached(word: string, speller: Speller): string | undefined {
  const stem = AR_VERB_FORM.exec(word)?.[1];
  if (!stem || !speller.correct(`${stem}ar`)) return undefined;
  // The stressed syllable of a word that lost its accent is one of the last three: accent only the vowels before the last.
  const chars = [...word];
  let last = -1;
  for (let i = chars.length - 1; i >= 0; i--) if (VOWEL.test(chars[i]!)) { last = i; break; }
  const forms = new Set<string>();
  for (let i = 0; i < last; i++) {
    for (const v of ACCENTED[chars[i]!] ?? "") {
      const form = [...chars.slice(0, i), v, ...chars.slice(i + 1)].join("");
      // An acute on i or u after a vowel ("circuíto") would split a diphthong the word never had.
      if ((v === "í" || v === "ú") && i > 0 && VOWEL.test(chars[i - 1]!)) continue;
      // An "e" opening the word before "s" and a consonant is the vowel Portuguese put before Latin's sp-, st-, sc-
      // ("espera", "estima", "escala"), never stressed: "à espera" is the noun already, "éspera" no word of prose.
      if (i === 0 && chars[0] === "e" && chars[1] === "s" && chars[2] !== undefined && !VOWEL.test(chars[2])) continue;
      if (speller.correct(form)) forms.add(form);
    }
  }
  return forms.size === 1 ? [...forms][0] : undefined;
}
