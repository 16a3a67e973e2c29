import { flagAt, type Check } from "../check.ts";
import forms from "./forms.json" with { type: "json" };
import { execAll } from "../text/exec-all.ts";
import { hasJoiner, lowered, words } from "../text/words.ts";
import { isEntryName } from "../spelling/entry-name.ts";

interface FormPair {
  pt: string;
  br: string;
  reverse: boolean;
  /** For a one-way pair: English words that give the Brazilian form the sense only Brazil uses ("file" for "arquivo"). */
  en?: string[];
  /** English words of the sense both variants share ("archive"): with one of them the form is left alone. */
  notEn?: string[];
  /** The European form is Brazilian too in its other senses ("guardar" for "store"): in a pt-BR text the English decides. */
  ptSharedSense?: boolean;
}

const PAIRS = forms.pairs as FormPair[];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

const PREFIXES = "multi|mono|não|pós|pré|anti|super|sub|semi|inter|auto";

/** One regex per direction: the forms of the other variant, longest first so "de facto" wins over "facto". */
function pattern(list: string[]): RegExp {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  const words = sorted.filter((f) => /^\p{L}/u.test(f)).map(escape).join("|");
  // Forms that start with punctuation (", pelo que") carry their own left boundary.
  const marked = sorted.filter((f) => !/^\p{L}/u.test(f)).map(escape);
  // A prefix hyphenated to a word ("multi-usuário") leaves the word a word of its own.
  const edge = `(?:(?<![\\p{L}\\p{N}-])|(?<=(?<![\\p{L}\\p{N}_-])(?:${PREFIXES})-))`;
  // (A cut-down list may hold marked forms only: an empty group would match everywhere.)
  const alts = [...(words ? [`${edge}(?:${words})`] : []), ...marked].join("|");
  return new RegExp(`(?:${alts})(?![\\p{L}\\p{N}-])`, "giu");
}

/**
 * A cheap necessary condition for `pattern(list)` to match: every letter run of a form
 * ("tem", "a", "certeza") is a whole letter run of the text, since the pattern's edges and
 * the form's own spaces and hyphens delimit them. Each form is looked up by its longest run,
 * so a pair costs a lookup per word; the pattern's lookbehind would otherwise be tried at
 * every offset of every pair, and almost no pair has a form of the other variant.
 */
function gate(list: string[]): (text: string) => boolean {
  const possible = possibleForms(list);
  return (text) => possible(text).size > 0;
}

/** The indexes of the forms of `list` whose letter runs all stand in the text: what `gate` tests. */
function possibleForms(list: string[]): (text: string) => Set<number> {
  const byRun = new Map<string, { at: number; runs: string[] }[]>();
  list.forEach((form, at) => {
    const runs = form.toLowerCase().split(NOT_LETTER).filter(Boolean);
    const key = runs.reduce((a, b) => (b.length > a.length ? b : a), "");
    byRun.set(key, [...(byRun.get(key) ?? []), { at, runs }]);
  });
  return (text) => {
    const possible = new Set<number>();
    const low = lowered(words(text));
    // The text's letter runs, built when a word first opens some form (most texts have none).
    const seen: { all?: Set<string> } = {};
    for (const word of low) {
      // Most words have no joiner: looked up as they are, without an array of their runs.
      if (!hasJoiner(word)) addPossible(byRun, word, low, seen, possible);
      else for (const run of word.split(JOINER_ALL)) addPossible(byRun, run, low, seen, possible);
    }
    return possible;
  };
}

/**
 * Adds to `possible` the forms opened by `run` whose every letter run the text has. At module level, not a closure
 * made per text: tsx (the tests', the benches' and the development server's compiler) names each closure as it is made.
 */
function addPossible(byRun: ReadonlyMap<string, { at: number; runs: string[] }[]>, run: string, low: readonly string[], seen: { all?: Set<string> }, possible: Set<number>): void {
  const forms = byRun.get(run);
  if (!forms) return;
  for (const f of forms) {
    // A form of one run has only `run`, which the text has: no set of the text's runs to build (most forms are one word).
    if (f.runs.length === 1) { possible.add(f.at); continue; }
    const all = (seen.all ??= letterRuns(low));
    if (f.runs.every((r) => all.has(r))) possible.add(f.at);
  }
}

/**
 * `pattern(list)` cut down, for one text, to the forms that `gate` finds possible in it (every letter
 * run present): the same matches, since a form left out has no place to match, from a pattern of a few
 * forms instead of the whole list (which the engine runs slowly). Undefined where `gate` says no.
 * A long s ("ſ"), which the pattern's case folding reads as "s" and lower-casing does not, gets the whole list.
 */
function narrowed(list: string[]): (text: string) => RegExp | undefined {
  const whole = pattern(list);
  const possibleIn = possibleForms(list);
  const made = new Map<string, RegExp>();
  return (text) => {
    const possible = possibleIn(text);
    if (!possible.size) return undefined;
    if (LONG_S.test(text)) return whole;
    const at = [...possible].sort((a, b) => a - b);
    const key = at.join(",");
    let found = made.get(key);
    if (!found) {
      if (made.size >= MAX_NARROWED) made.clear();
      made.set(key, (found = pattern(at.map((k) => list[k]!))));
    }
    return found;
  };
}
/** Every letter run of the words: a word without a joiner is its one run, and needs no array split from it. */
function letterRuns(low: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const x of low) {
    if (!hasJoiner(x)) out.add(x);
    else for (const run of x.split(JOINER_ALL)) out.add(run);
  }
  return out;
}
const LONG_S = /[\u017f\u1e9b]/u;
/** Cut-down patterns kept: a document has few distinct sets of possible forms. */
const MAX_NARROWED = 256;
const NOT_LETTER = /[^\p{L}\p{N}]+/u;
// Inside a word, letter runs are joined by hyphens, apostrophes and dots ("pequeno-almoço", "d'equipa").
const JOINER_ALL = /[-'’.]/gu;

const TO_BR = new Map(PAIRS.map((p) => [p.pt.toLowerCase(), p.br]));
// European forms whose Brazilian counterpart holds for one sense only ("guardar" is "salvar" for "save",
// and "guardar" in Brazil too for "store", "keep"): the pair's English, when there is one, decides.
const PT_SENSE = new Map(PAIRS.filter((p) => p.ptSharedSense && p.en).map((p) => [p.pt.toLowerCase(), p]));
const TO_PT = new Map(PAIRS.filter((p) => p.reverse).map((p) => [p.br.toLowerCase(), p.pt]));
const FIND_PT = narrowed(PAIRS.map((p) => p.pt));
const FIND_BR = narrowed(PAIRS.filter((p) => p.reverse).map((p) => p.br));
// One-way Brazilian forms that the pair's English decides: "arquivo" for "file" is Brazilian, for "archive" both.
const BY_SENSE = PAIRS.filter((p) => !p.reverse && p.en);
const SENSE = new Map(BY_SENSE.map((p) => [p.br.toLowerCase(), p]));
const FIND_BR_BY_SENSE = pattern(BY_SENSE.map((p) => p.br));
const MAY_FIND_BR_BY_SENSE = gate(BY_SENSE.map((p) => p.br));
const englishHas = (en: string, ws: readonly string[] = []): boolean => ws.some((w) => wholeWordIn(w).test(en));
/** Each word's pattern, built once: the accent rule asks about every accented word of every pair. */
const wholeWords = new Map<string, RegExp>();
function wholeWordIn(word: string): RegExp {
  let re = wholeWords.get(word);
  if (!re) {
    if (wholeWords.size >= 5_000) wholeWords.clear();
    wholeWords.set(word, (re = new RegExp(`(?<![\\p{L}\\p{N}_])${escape(word)}(?![\\p{L}\\p{N}_])`, "iu")));
  }
  return re;
}

/** Brazilian forms of one-way pairs whose sense the pair's English makes Brazilian, in a pt-PT text. */
function byEnglishSense(pt: string, en: string | undefined): { start: number; text: string; replacement: string }[] {
  if (!en || !MAY_FIND_BR_BY_SENSE(pt)) return [];
  return execAll(FIND_BR_BY_SENSE, pt).flatMap((m) => {
    const pair = SENSE.get(m[0].toLowerCase());
    if (!pair || !englishHas(en, pair.en) || englishHas(en, pair.notEn)) return [];
    return [{ start: m.index, text: m[0], replacement: pair.pt }];
  });
}

/**
 * The accent of a stressed "o" or "e" before "m" or "n" and a vowel: open in Portugal
 * ("económico", "género", "sinónimo"), closed in Brazil ("econômico", "gênero", "sinônimo").
 * A rule of the two spellings, not a list, so any word of the pattern is covered. A nasal
 * before a consonant ("ênfase") or at the word's end ("também", "têm") is the same in both.
 */
const ACCENT_BEFORE_NASAL = { "pt-BR": /[óéÓÉ](?=[mnMN][aeiouáéíóúâêôãõAEIOUÁÉÍÓÚÂÊÔÃÕ])/u, "pt-PT": /[ôêÔÊ](?=[mnMN][aeiouáéíóúâêôãõAEIOUÁÉÍÓÚÂÊÔÃÕ])/u } as const;
const SWAP_ACCENT: Record<string, string> = { ó: "ô", é: "ê", Ó: "Ô", É: "Ê", ô: "ó", ê: "é", Ô: "Ó", Ê: "É" };
// Words of the pattern that European Portuguese writes with the closed vowel too.
const CLOSED_IN_BOTH = new Set(["fêmea", "fêmeas", "sêmola", "sêmea"]);
const WORD = /(?<![\p{L}\p{N}_])\p{L}+(?![\p{L}\p{N}_])/gu;

/** Words spelled with the other variant's accent before a nasal; a word the English also has (a name, "Pokémon") is left alone. */
function byAccent(pt: string, en: string | undefined, variant: "pt-BR" | "pt-PT"): { start: number; text: string; replacement: string }[] {
  const accent = ACCENT_BEFORE_NASAL[variant];
  if (!accent.test(pt)) return [];
  return execAll(WORD, pt).flatMap((m) => {
    const word = m[0];
    if (!accent.test(word) || CLOSED_IN_BOTH.has(word.toLowerCase())) return [];
    // A hyphen or slash glued to the word makes it part of an identifier or a path.
    if (/[-/]/u.test(pt[m.index - 1] ?? "") || /[-/]/u.test(pt[m.index + word.length] ?? "")) return [];
    if (en && englishHas(en, [word])) return [];
    return [{ start: m.index, text: word, replacement: word.replace(accent, (c) => SWAP_ACCENT[c]!) }];
  });
}

/**
 * The variant's own form of one word that is the other variant's ("carácter" → "caractere" for
 * pt-BR, "econômico" → "económico" for pt-PT), or undefined when the word is not marked. For
 * other checks' suggestions: a correction should not bring in the other variant's spelling.
 */
export function variantFormOf(word: string, variant: string): string | undefined {
  const lower = word.toLowerCase();
  const listed = variant === "pt-PT" ? TO_PT.get(lower) : TO_BR.get(lower);
  if (listed !== undefined) return listed;
  const ruled = byAccent(word, undefined, variant === "pt-PT" ? "pt-PT" : "pt-BR");
  return ruled.length === 1 && ruled[0]!.text === word ? ruled[0]!.replacement : undefined;
}

/** The replacement with the found text's capital kept ("Facto" → "Fato"). */
function sameCase(found: string, replacement: string): string {
  const first = found.search(/\p{L}/u);
  return first >= 0 && /\p{Lu}/u.test(found[first]!) ? replacement.replace(/\p{L}/u, (c) => c.toUpperCase()) : replacement;
}

/**
 * Spellings the 1990 reform took from European Portuguese and Brazil never wrote: the silent "c" and "p" before another
 * consonant ("acção", "selecção", "activado", "actualizar", "óptimo", "eléctrico"). A pt-PT text that writes them follows
 * the older norm, in which "recepção", "concepção", "percepção" are European too, not the Brazilian forms they are after it.
 * (Words both norms or Brazil write so, "facção", "secção", "infecção", "pacto", "opção", "aspecto", are left out; an
 * English word of the pair, "select", "project", has no Portuguese ending.)
 */
const OLDER_NORM_WORD = /^(?:\p{L}*(?:ac|ec|oc|uc)ç(?:ão|ões)|\p{L}*eccion\p{L}*|\p{L}*(?:direc|selec|colec|correc|protec|projec|objec|efec|arquitec|exac|elec|eléc)t(?:o|a|os|as|ório|órios|ivo|iva|ivos|ivas|ivamente|amente|ura|uras|ar|ado|ada|ados|adas|ónic\p{L}*|rónic\p{L}*|ric[oa]s?|ricidade)|(?:des|in|re)?activ(?:o|a|os|as|ar|ado|ada|ados|adas|ação|ações|idade|amente)|(?:des)?active(?:m|s)?|(?:des)?actua(?:l|is|liz\p{L}*|lmente|ção|r|do|da|dos|das)|óptim[oa]s?|(?:excep|adop)ç(?:ão|ões))$/u;
/** Brazilian forms of the reform's pairs that the older European norm writes the same ("recepção", "concepção"). */
const OLDER_EUROPEAN = /[cp][çt]/u;
/** Words the reform kept in both norms, which the pattern would take for older ones: "facção", "ficção", "convicção". */
const KEPT_CONSONANT = new Set(["facção", "facções", "ficção", "ficções", "convicção", "convicções", "fricção", "dicção", "secção", "secções", "infecção", "infecções", "detecção"]);
/** Whether the pair writes another word of the older European norm than `skip` (the flagged form itself). */
function olderNorm(text: string, skip: string): boolean {
  for (const w of lowered(words(text))) if (w !== skip && !KEPT_CONSONANT.has(w) && OLDER_NORM_WORD.test(w)) return true;
  return false;
}

/**
 * Words of the reformed European norm that the older one wrote with the silent consonant ("ative", "atualizar", "direção",
 * "seleção", "ótimo", "exceção"): the stems of OLDER_NORM_WORD without it. Brazil writes them so too, but in a pt-PT text
 * they say the page follows the 1990 agreement, under which "receção", not "recepção", is European. (Only these stems:
 * restoring a consonant by pattern would take "solução" for "solucção".)
 */
const REFORMED_NORM_WORD = /^(?:(?:a|dire|sele|cole|corre|prote|inje|dete|re[cs]e|conce|perce)ç(?:ão|ões)|(?:dire|sele|cole|corre|prote|proje|obje|efe|arquite|exa|ele|elé)t(?:o|a|os|as|ório|órios|ivo|iva|ivos|ivas|ivamente|amente|ura|uras|ar|ado|ada|ados|adas|ónic\p{L}*|rónic\p{L}*|ric[oa]s?|ricidade)|sele(?:ção|ções|cion\p{L}*)|(?:des|in|re)?ativ(?:o|a|os|as|ar|ado|ada|ados|adas|ação|ações|idade|amente)|(?:des)?ative(?:m|s)?|(?:des)?atua(?:l|is|liz\p{L}*|lmente|ção|r|do|da|dos|das)|ótim[oa]s?|(?:exce|ado)ç(?:ão|ões))$/u;
/** Whether the pair writes a word of the reformed European norm other than `skip` (see REFORMED_NORM_WORD). */
function reformedNorm(text: string, skip: string): boolean {
  for (const w of lowered(words(text))) if (w !== skip && REFORMED_NORM_WORD.test(w)) return true;
  return false;
}

/** Spelling and vocabulary of the other variant: "económico", "equipa", "cadeia de abastecimento". */
export const variantForm: Check<"variant-form"> = {
  id: "variant-form",
  family: "variant",
  severity: "warning",
  name: "Form of the other variant",
  description: "A spelling or word of European Portuguese in a Brazilian text, or the reverse.",
  run(pair, context) {
    const toBr = context.variant === "pt-BR";
    const find = (toBr ? FIND_PT : FIND_BR)(pair.pt);
    const table = toBr ? TO_BR : TO_PT;
    const target = toBr ? "Brazilian" : "European";
    const bySense = toBr ? [] : byEnglishSense(pair.pt, pair.en).map((h) => {
      const suggestion = sameCase(h.text, h.replacement);
      return flagAt(this, pair.pt, h.start, h.start + h.text.length, `In ${target} Portuguese this is "${suggestion}".`, suggestion);
    });
    const listed = !find ? [] : execAll(find, pair.pt).filter((m) => {
      // A name of code is the program's, not the variant's: glued to its call ("factor(0)", Scilab's function),
      // a reference page's entry ("factor — fatoração", alone on its line) or the last step of its path ("… > factor").
      const end = m.index + m[0].length;
      if (pair.pt[end] === "(") return false;
      if (m[0] === m[0].toLowerCase() && (isEntryName(pair.pt, m.index, end) || (/ > $/u.test(pair.pt.slice(Math.max(0, m.index - 3), m.index)) && /^\s*$/u.test(pair.pt.slice(end))))) return false;
      // A pt-PT text of the older norm ("Active esta opção para permitir a recepção"): "recepção" is its European spelling.
      // And so it is wherever the text gives no sign of the reformed norm ("uma percepção melhor sobre o histórico"): the
      // older norm is still usual in European manuals, so only a word of the reformed one makes "recepção" Brazilian there.
      if (!toBr && OLDER_EUROPEAN.test(m[0]) && (olderNorm(pair.pt, m[0].toLowerCase()) || !reformedNorm(pair.pt, m[0].toLowerCase()))) return false;
      const sense = toBr && pair.en ? PT_SENSE.get(m[0].toLowerCase()) : undefined;
      return !sense || (englishHas(pair.en!, sense.en) && !englishHas(pair.en!, sense.notEn));
    }).map((m) => {
      let start = m.index;
      let text = m[0];
      // A match that starts with punctuation (", pelo que") flags only its words.
      const lead = /^[^\p{L}]+/u.exec(text)?.[0] ?? "";
      const replacement = table.get(text.toLowerCase())!;
      start += lead.length;
      text = text.slice(lead.length);
      const suggestion = sameCase(text, replacement.slice(replacement.search(/\p{L}/u)));
      return flagAt(this, pair.pt, start, start + text.length, `In ${target} Portuguese this is "${suggestion}".`, suggestion);
    });
    const found = [...bySense, ...listed];
    // The rule covers what the list does not; a word the list already flagged is not flagged twice.
    const ruled = byAccent(pair.pt, pair.en, context.variant === "pt-PT" ? "pt-PT" : "pt-BR")
      .filter((h) => !found.some((f) => f.start < h.start + h.text.length && h.start < f.end))
      .map((h) => flagAt(this, pair.pt, h.start, h.start + h.text.length, `In ${target} Portuguese this is "${h.replacement}".`, h.replacement));
    return [...found, ...ruled].sort((a, b) => a.start - b.start);
  },
};
