import type { CheckInput } from "../../types.ts";
import { isSentenceStart, words, type Word } from "../text/words.ts";
import { execAll, execAllAtCapitals } from "../text/exec-all.ts";

/**
 * What one document teaches the name-casing check: which ordinary words its Portuguese writes
 * with a capital ("Internet", "Zoom" of a tool's name). Plain data, so `documentContext` can keep
 * it for `checkPair`.
 */

const LETTER = /[\p{L}\p{N}]/u;
const whole = (text: string, at: number, end: number): boolean => !LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(end));
const ONE_CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;
// Each starts with a capital: looked for first, the look-behind is tried only there (half the scan of every pair).
const CAPITALISED = /(?=\p{Lu})(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}])/gu;

/** Occurrences of `word` capitalised in mid-sentence, and in lower case, over the document's Portuguese. */
function counts(pts: readonly string[], word: string): { capital: number; lower: number } {
  const lower = word.toLowerCase();
  let c = 0;
  let l = 0;
  for (const pt of pts) {
    for (let at = pt.indexOf(word); at >= 0; at = pt.indexOf(word, at + 1)) if (whole(pt, at, at + word.length) && !isSentenceStart(pt, at)) c++;
    for (let at = pt.indexOf(lower); at >= 0; at = pt.indexOf(lower, at + 1)) if (whole(pt, at, at + lower.length)) l++;
  }
  return { capital: c, lower: l };
}

/** Capitalised this many times for each lower-case one: a clear habit, not a document that writes it both ways. */
const MAJORITY = 3;

/**
 * The words (of `candidates`, or all capitalised words when not given) that the document's
 * Portuguese writes capitalised in mid-sentence far more often than in lower case: the
 * translator's own convention, so a lower-case one where the English capitalises it is a slip.
 */
export function capitalisedWords(pairs: readonly CheckInput[], candidates?: Iterable<string>): string[] {
  const pts = pairs.map((p) => p.pt);
  // One capitalised word, as the full scan finds them: checkPair and checkDocument must agree.
  let words: Iterable<string> | undefined = candidates && [...candidates].filter((w) => ONE_CAPITALISED.test(w));
  if (!words) {
    const seen = new Set<string>();
    for (const pt of pts) for (const m of execAllAtCapitals(CAPITALISED, pt)) if (!isSentenceStart(pt, m.index)) seen.add(m[0]);
    words = seen;
  }
  const out: string[] = [];
  for (const w of words) {
    const { capital, lower } = counts(pts, w);
    if (capital > 0 && capital >= MAJORITY * lower) out.push(w);
  }
  return out.sort();
}

/** A name no sentence position explains: all in capitals ("GIMP", "FIFO") or with a capital inside ("LilyPond"). */
const COINED = /(?=\p{Lu})(?<![\p{L}\p{N}_./:$@\\-])(?:\p{Lu}{3,}|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*|\p{Lu}\p{Ll}{3,})(?![\p{L}\p{N}_/@\\]|[-.:=][\p{L}\p{N}])/gu;
/**
 * A capitalised word that no dictionary word spells ("Kleopatra", "Oxygen"): a proper name, which counts like a
 * coined one when the document writes it so in mid-sentence (at a sentence start its capital says nothing).
 */
const PLAIN_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Written so this many times at least, and this many times for each lower-case one. */
const MIN_COINED = 3;
const COINED_MAJORITY = 3;

/**
 * Names the document's Portuguese writes as coined forms or proper names, in prose, far more often than in lower
 * case ("o GIMP" throughout, "do gimp" once; "o Kleopatra", then "o kleopatra"): the lower-case one is a capital lost, even in a pair
 * with no English to say so. Not where the lower-case form is a word of its own (`isWord`:
 * "DOS"/"dos") or where the document uses it as much (the command "apt" beside "APT").
 */
export function coinedNames(pairs: readonly CheckInput[], isWord: (w: string) => boolean): string[] {
  const forms = new Map<string, { form: string; count: number }>();
  for (const p of pairs) {
    for (const m of execAllAtCapitals(COINED, p.pt)) {
      if (PLAIN_CAPITALISED.test(m[0]) && isSentenceStart(p.pt, m.index)) continue;
      const key = m[0].toLowerCase();
      const had = forms.get(key);
      if (!had) forms.set(key, { form: m[0], count: 1 });
      // Two coined spellings of one name ("LilyPond", "LILYPOND"): a heading's capitals, no single norm.
      else if (had.form === m[0]) had.count++;
      else had.count = -Infinity;
    }
  }
  const candidates = [...forms].filter(([key, f]) => f.count >= MIN_COINED && !isWord(key));
  if (!candidates.length) return [];
  const lower = new Map(candidates.map(([key]) => [key, 0]));
  for (const p of pairs) for (const w of words(p.pt)) if (lower.has(w.text) && standsAsProse(p.pt, w.start, w.end)) lower.set(w.text, lower.get(w.text)! + 1);
  return candidates.filter(([key, f]) => f.count >= COINED_MAJORITY * lower.get(key)!).map(([, f]) => f.form).sort();
}

// A "#" glued before a word makes it a channel's, a tag's or an anchor's name ("no canal #tern", "#tern-pt"), typed as
// the chat or the page has it, like a word glued to a path's "/" or an address's "@": no prose use of the name.
const CODE_NEIGHBOUR = /[-_./:=$@\\~#]/u;

/**
 * A word standing alone in prose: not part of a longer token, a path, an option or a command ("gimp-2.8", "~/.gimp"),
 * nor an address's scheme before ":/" ("puffin://profile", "man:/ls": a program's own scheme, in lower case as
 * schemes are written; hand-written FAQs, session 18).
 */
export function standsAsProse(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const next = text.charAt(end + 1);
  return !LETTER.test(before) && !LETTER.test(after) && !CODE_NEIGHBOUR.test(before) && !(CODE_NEIGHBOUR.test(after) && (LETTER.test(next) || (after === ":" && next === "/")));
}

/** Little words between a name and the noun it qualifies ("Ferramenta de Zoom"): the phrase runs to the noun. */
const LINKS = new Set("de do da dos das em no na para por com e".split(" "));
const WORD_BEFORE = /([\p{L}\p{N}]+)[^\S\n]+$/u;
/** An article says nothing of which name follows ("o Editor", "a Web"): no phrase. */
const ARTICLES = new Set("o a os as um uma".split(" "));
/** A heading or label: a pair of a few words with no stop of a sentence ("Ferramenta de Zoom", "6.5.4. Editor de clarão"). */
const MAX_HEADING_WORDS = 6;
const isHeading = (pt: string): boolean => !/[.!?:;]\s*$/u.test(pt.replace(/^\s*(?:\d+\.)+\s*/u, "")) && words(pt).length <= MAX_HEADING_WORDS;

/**
 * The words before `start` that make a phrase of the word there, in lower case: the word before,
 * and the noun before it when that word is a link ("ferramenta de" for "Ferramenta de Zoom").
 * Undefined at a line's or a text's start.
 */
export function phraseBefore(text: string, start: number): string | undefined {
  const one = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!one) return undefined;
  const first = one[1]!.toLowerCase();
  if (ARTICLES.has(first) || /^\p{N}+$/u.test(first)) return undefined;
  if (!LINKS.has(first)) return first;
  const head = text.slice(0, start - one[0].length);
  const two = WORD_BEFORE.exec(head.slice(Math.max(0, head.length - 40)));
  return two && !ARTICLES.has(two[1]!.toLowerCase()) && !LINKS.has(two[1]!.toLowerCase()) ? `${two[1]!.toLowerCase()} ${first}` : undefined;
}

/**
 * Phrases in which the document's Portuguese capitalises a word in mid-sentence at least as often
 * as not, and in a heading or label of its own, as "phrase Word" ("ferramenta de Zoom"): the name
 * of one tool or dialog, which a translator keeps capitalised though the word alone ("o fator de
 * zoom", "página web", "software livre") is ordinary. A lower-case one where the English
 * capitalises the word breaks the document's own spelling of that name.
 */
export function capitalisedPhrases(pairs: readonly CheckInput[], candidates?: Iterable<string>): string[] {
  const only = candidates && new Set([...candidates].filter((w) => ONE_CAPITALISED.test(w)));
  if (only && !only.size) return [];
  const phrasesIn = (pt: string, found: (key: string) => void) => {
    for (const m of execAllAtCapitals(CAPITALISED, pt)) {
      if ((only && !only.has(m[0])) || isSentenceStart(pt, m.index)) continue;
      const before = phraseBefore(pt, m.index);
      if (before) found(`${before} ${m[0]}`);
    }
  };
  // The headings first: few pairs, and a phrase no heading holds is no name.
  const headed = new Set<string>();
  for (const p of pairs) if (isHeading(p.pt)) phrasesIn(p.pt, (key) => headed.add(key));
  if (!headed.size) return [];
  const named = [...new Set([...headed].map((key) => key.slice(key.lastIndexOf(" ") + 1)))];
  const capital = new Map<string, number>();
  const lower = new Map<string, number>();
  const lowerForms = new Map(named.map((w) => [w.toLowerCase(), w]));
  for (const p of pairs) {
    if (named.some((w) => p.pt.includes(w))) phrasesIn(p.pt, (key) => { if (headed.has(key)) capital.set(key, (capital.get(key) ?? 0) + 1); });
    if (![...lowerForms.keys()].some((w) => p.pt.includes(w))) continue;
    for (const w of words(p.pt)) {
      const form = lowerForms.get(w.text);
      if (!form) continue;
      const key = `${phraseBefore(p.pt, w.start)} ${form}`;
      if (headed.has(key)) lower.set(key, (lower.get(key) ?? 0) + 1);
    }
  }
  return [...capital].filter(([key, c]) => c >= (lower.get(key) ?? 0)).map(([key]) => key).sort();
}

const ACRONYM = /^\p{Lu}{2,}$/u;
/** The share of a word's occurrences one of its forms must have to be the English's usual form: more than two in three. */
const USUAL_SHARE = 2 / 3;

/**
 * The forms in which the document's English mostly writes a word it also capitalises in mid-sentence ("debconf" 33
 * times beside "Debconf" 9 times, "apt" beside "Apt"): the English is the authority on a name's case, and where it
 * mostly writes the name in lower case, the lower-case form is the name's own (a program's, a command's, a member's),
 * not a capital the translation lost. Only words standing as prose count, on both sides of the tally: "debconf.conf"
 * and "http://" are another token. A word capitalised only at sentence starts is no name and is left out, which keeps
 * the list to the document's names. Not a word the English also writes as an acronym (see below).
 */
export function englishLowerForms(pairs: readonly CheckInput[]): string[] {
  // Two passes: the words capitalised in mid-sentence first, then the forms of those words alone. A tally of every
  // form of every word of the English (a Map per distinct word) was most of this function's time and allocation,
  // and only the document's names are ever read from it.
  const named = new Set<string>();
  for (const p of pairs) {
    if (!p.en) continue;
    for (const w of words(p.en)) {
      if (!mayBeCapitalised(w.text) || !countsAsProse(p.en, w)) continue;
      const key = w.text.toLowerCase();
      if (w.text !== key && !isSentenceStart(p.en, w.start)) named.add(key);
    }
  }
  if (!named.size) return [];
  const forms = new Map<string, Map<string, number>>();
  for (const p of pairs) {
    if (!p.en) continue;
    for (const w of words(p.en)) {
      const key = w.text.toLowerCase();
      if (!named.has(key) || !countsAsProse(p.en, w)) continue;
      let counts = forms.get(key);
      if (!counts) forms.set(key, (counts = new Map<string, number>()));
      counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
    }
  }
  const out: string[] = [];
  for (const key of named) {
    const counts = forms.get(key)!;
    // An acronym ("CVS") names the system wherever the English means it, and the same letters in lower case are another
    // thing, the command ("cvs add"): how often the English runs the command says nothing of the system's name.
    if (counts.size < 2 || [...counts.keys()].some((f) => ACRONYM.test(f))) continue;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    for (const [form, n] of counts) if (/\p{Ll}/u.test(form) && n > USUAL_SHARE * total) out.push(form);
  }
  return out.sort();
}

const HAS_LETTER = /\p{L}/u;
/** A word of the English the tally reads: standing as prose, with a letter. */
const countsAsProse = (en: string, w: Word): boolean => standsAsProse(en, w.start, w.end) && HAS_LETTER.test(w.text);

/**
 * False only for a word that `toLowerCase` leaves as it is: plain ASCII without a capital, by character codes (most of
 * the English's words); any other word is left to `toLowerCase`.
 */
function mayBeCapitalised(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}
