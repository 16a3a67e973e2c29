import type { CheckInput, Speller, Term } from "../../types.ts";
import { findNear, type NearMatch } from "../text/find-near.ts";
import { candidateIndices } from "../text/name-windows.ts";
import { englishNames, looksCoined } from "../text/names.ts";
import { withoutAccents } from "../text/words.ts";
import { ObjectMemo } from "../../document-pass.ts";
import translated from "./translated-names.json" with { type: "json" };

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const ALL_UPPER_2 = /^\p{Lu}{2,}$/u;
const ALL_LOWER = /^\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const TITLE_WORD = /^[\p{Lu}\p{N}("“[]/u;
const ADDRESS_MARK = /[/@]|\.\p{L}/u;
const LONG_WORD = /\p{L}{4,}/u;
const ANY_DIGIT = /\p{N}/u;

/** A name from the English or the term list, found in the Portuguese in another form. */
export interface NameMatch extends NearMatch {
  /** The form to restore: as in the English or the term list. */
  expected: string;
  from: "english" | "term";
}

// A Map, not the JSON object: a word like "toString" must not find Object.prototype.
const TRANSLATED = new Map(Object.entries(translated as Record<string, string[]>));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

const LETTER = /[\p{L}\p{N}]/u;
const wholeWord = (text: string, start: number, end: number): boolean =>
  !LETTER.test(text.charAt(start - 1)) && (!LETTER.test(text.charAt(end)) || (text[end] === "s" && !LETTER.test(text.charAt(end + 1))));

/** Every place a known name occurs in `pt`, in its correct form or not. */
function matchAll(pt: string, name: string, accepted: readonly string[], covered: { start: number; end: number }[], en?: string, isPortugueseWord?: (w: string) => boolean): NearMatch[] {
  let exact = 0;
  // The name, then each accepted form (every term of every pair comes here: no array built for the list).
  for (let f = -1; f < accepted.length; f++) {
    const form = f < 0 ? name : accepted[f]!;
    for (let at = pt.indexOf(form); at >= 0; at = pt.indexOf(form, at + 1)) {
      // Inside a longer word it is another word ("Vitóriah" is not "Vitória"), a plural aside.
      if (!wholeWord(pt, at, at + form.length)) continue;
      covered.push({ start: at, end: at + form.length });
      exact++;
    }
  }
  // A pair that writes the name correctly as often as the English does is taken to write it so
  // throughout: skipping the fuzzy search here halves the cost on a cased document. Only its
  // lower-case twin is still looked for ("o GIMP … pasta do gimp"): one indexOf, and a capital
  // lost once in a pair that has it elsewhere is the plainest of slips. Fewer than the English
  // ("Release.gpg" kept, "Rele ase" split in the same sentence) leaves some to look for.
  // A twin that is a Portuguese word is that word: "o DOS … tamanho dos discos".
  if (exact && (en === undefined || exact >= wholeCount(en, name))) {
    return en === undefined || isPortugueseWord?.(name.toLowerCase()) ? [] : lowerTwins(pt, name, covered, en);
  }
  const near = findNear(pt, name, accepted);
  return near.length ? near.filter((m) => !covered.some((c) => overlaps(c, m))) : near;
}

/** How many times `name` stands whole in `text`. */
function wholeCount(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (wholeWord(text, at, at + name.length)) n++;
  return n;
}

// Next to these a word is part of a command, path, option or identifier ("apt-get", "root:root", "deb_BUILD").
const CODE_NEIGHBOUR = /[-_./:=$@\\]/u;

/**
 * Whether `word` stands in `text` as a word of prose: whole, and not glued to code punctuation.
 * With `stops`, a full stop or colon that ends a sentence ("ligação à internet.") is prose too.
 */
function prosePlaces(text: string, word: string, stops = false): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    const next = text.charAt(end);
    const stop = stops && (next === "." || next === ":") && /^\s?$/u.test(text.charAt(end + 1));
    if (wholeWord(text, at, end) && !CODE_NEIGHBOUR.test(text.charAt(at - 1)) && (stop || !CODE_NEIGHBOUR.test(next))) out.push(at);
  }
  return out;
}

/**
 * Prose occurrences of `name` written all in lower case, in a pair whose English never writes it
 * so: the English "APT" beside the command "apt" lowers it on purpose, and so may the Portuguese.
 */
function lowerTwins(pt: string, name: string, covered: { start: number; end: number }[], en: string): NearMatch[] {
  const lower = name.toLowerCase();
  if (lower === name || !pt.includes(lower) || en.toLowerCase().split(lower).length - 1 > en.split(name).length - 1) return [];
  return prosePlaces(pt, lower)
    .map((at) => ({ start: at, end: at + lower.length, text: lower, kind: "case" as const }))
    .filter((m) => !covered.some((c) => overlaps(c, m)));
}

function fromEnglish(pt: string, en: string, covered: { start: number; end: number }[], isPortugueseWord?: (w: string) => boolean, ordinary?: NameMatch[]): NameMatch[] {
  const out: NameMatch[] = [];
  for (const name of englishNames(en)) {
    const forms = TRANSLATED.get(name.text);
    // A name Portuguese writes either way ("Internet", "internet"): the lower-case form is an ordinary word.
    if (ordinary && forms?.includes(name.text) && forms.includes(name.text.toLowerCase())) {
      for (const at of prosePlaces(pt, name.text.toLowerCase(), true)) ordinary.push({ start: at, end: at + name.text.length, text: name.text.toLowerCase(), kind: "case", expected: name.text, from: "english" });
    }
    // A translated name ("AI" → "IA") is looked for in its Portuguese form only.
    const targets = forms ? forms.map((f) => ({ name: f, accepted: forms })) : [{ name: name.text, accepted: [] as string[] }];
    for (const t of targets) {
      let hits = matchAll(pt, t.name, t.accepted, covered, en, isPortugueseWord).map((m) => ({ ...m, expected: t.name }));
      // The parts are tried alone only when the whole name is nowhere, not even in its right form.
      if (!hits.length && name.parts.length > 1 && !forms && !pt.includes(name.text)) {
        // Each part alone, translated where Portuguese translates it ("Hard AI" → "IA").
        hits = name.parts.filter((p) => p.length > 1).flatMap((p) => {
          const alone = TRANSLATED.get(p)?.[0] ?? p;
          return matchAll(pt, alone, TRANSLATED.get(p) ?? [], covered).map((m) => ({ ...m, expected: alone }));
        });
      }
      for (const h of hits) {
        // A plain capitalised English word met by a Portuguese word is a translation: "Chinese" → "chineses".
        if (h.kind === "spelling" && !h.expected.split(/\s+/u).some(looksCoined)) {
          // Without a dictionary to ask, one plain word for one plain word is taken as a translation
          // too ("March" → "março", "Brazil" → "Brasil"); mangled names are split, joined or coined.
          const oneForOne = !/[\s-]/u.test(h.text) && !/\s/u.test(h.expected);
          if (isPortugueseWord ? isPortugueseWord(h.text) : oneForOne) continue;
        }
        covered.push(h);
        out.push({ ...h, from: "english" });
      }
    }
  }
  return out;
}

const termIndexes = new WeakMap<readonly Term[], { sorted: Term[]; names: string[] }>();

/** The term list longest first (so "DeepSeek R1" wins over "DeepSeek"), with its names for the candidate index. */
function termIndex(terms: readonly Term[]): { sorted: Term[]; names: string[] } {
  let index = termIndexes.get(terms);
  if (!index) {
    const whole = terms.filter((t) => t.policy !== "forbidden");
    // A person is often named by surname alone ("amodei acredita"): each part of a person's name is a term too.
    const parts = whole.filter((t) => t.kind === "person").flatMap((t) => t.term.split(/\s+/u)).filter((p) => p.length >= 4);
    const sorted = [...whole, ...[...new Set(parts)].filter((p) => !whole.some((t) => t.term === p)).map((term) => ({ term }))]
      .sort((a, b) => b.term.length - a.term.length);
    index = { sorted, names: sorted.map((t) => t.term) };
    termIndexes.set(terms, index);
  }
  return index;
}

function fromTerms(pt: string, terms: readonly Term[], covered: { start: number; end: number }[]): NameMatch[] {
  const out: NameMatch[] = [];
  if (!terms.length) return out;
  const { sorted, names } = termIndex(terms);
  // A term in the pair in any form, exact included, has a window with its first letters.
  for (const at of candidateIndices(pt, names)) {
    const term = sorted[at]!;
    for (const h of matchAll(pt, term.term, term.aliases ?? [], covered)) {
      covered.push(h);
      out.push({ ...h, expected: term.term, from: "term" });
    }
  }
  return out;
}

// Plain ASCII (most names) has nothing to decompose and no mark: returned as it is, without normalising.
const stripMarks = (s: string): string => (isAscii(s) ? s : withoutAccents(s));
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
const PLURAL = /(?:s|es)$/u;
const hasDigit = (s: string): boolean => ANY_DIGIT.test(s);

/**
 * A form that a human translation writes on purpose, not a mangled name: the same word with
 * Portuguese accents ("Moiré", "Wikipédia"), a plural, a Portuguese ending on a coined name
 * ("GIMPressionista"), a capital kept on an acronym ("GNU"), ordinary words joined or split
 * as Portuguese spells them ("plug-ins", "1 Bit"), or an ordinary word translated where the
 * English capitalised it as a title ("Figura" for "Figure", "menu" for "Menu"). A coined name
 * split or joined ("deep seek" for DeepSeek) is none of these: the English word is no word.
 */
function isAdaptation(m: NameMatch, english: string, pt?: Speller, en?: Speller): boolean | "ordinary" {
  const a = stripMarks(m.text);
  const b = stripMarks(m.expected);
  if (m.kind === "case" && ALL_UPPER_2.test(m.text)) return true;
  // The English itself writes this form as a word of prose: a function's name beside its title
  // ("schur — Schur decomposition"), a command beside the name ("info - Info page"), "US-ASCII" beside "US-ASCII HT".
  if (inEnglishProse(english, m.text)) return true;
  if (m.kind === "case" && !lostCapitals(m.text, m.expected)) return true;
  // An identifier of the English ("besselI") met by a capitalised word ("Bessel") is the word, not the identifier.
  if (m.kind === "spelling" && /^\p{Ll}/u.test(m.expected) && /^\p{Lu}/u.test(m.text)) return true;
  if (m.kind === "spelling" && a === b) return true;
  const al = a.toLowerCase();
  const bl = b.toLowerCase();
  if (al !== bl && al.replace(PLURAL, "") === bl.replace(PLURAL, "")) return true;
  if (m.kind === "spelling" && a.startsWith(b) && /^(?:a|o|as|os|es|s|ista|istas)$/u.test(a.slice(b.length))) return true;
  // An acronym of the English ("GIMP", "FTP") in lower case: no place in a sentence capitalises every letter,
  // and hunspell's entries for "ftp" or "gnu" do not make them words. Two letters must be no Portuguese word ("do").
  if (m.kind === "case" && ACRONYM.test(m.expected) && ALL_LOWER.test(m.text) && !inCapitalsRun(english, m.expected) &&
    (m.text.length >= 3 || !pt?.correct(m.text))) return false;
  // A Portuguese word the English capitalises as a heading's or a menu item's ("Activating the Submenu"), even
  // one the English dictionary lacks: the title's capitals, not a name's.
  if (m.kind === "case" && common(pt, m.text) && capitalisedByPlace(english, m.expected, true)) return true;
  // A label or heading of the English with its words translated ("APT IN DSELECT" → "APT EM DSELECT",
  // "MTLOAD Execute" → "MTLOAD Executa", "Win-32 FAT" → "Win-32 de FAT"): each word kept, or an English word
  // given in Portuguese, or a Portuguese particle added. A name split or respelled changes a word of its own.
  if (m.kind === "spelling" && translatedWords(m.text, m.expected, pt, en)) return true;
  if (!common(en, m.expected)) return false;
  // Ordinary words on both sides: English capitalises a UI element or a heading ("the Zoom menu"), Portuguese does not.
  // Names are not ordinary Portuguese words ("google", "bell labs"), and stay flagged. Whether this document
  // capitalises the word itself is for the casing check to ask ("ordinary").
  if (m.kind === "case") return capitalisedByPlace(english, m.expected) || (common(pt, m.text) && "ordinary");
  // The same ordinary words, spaced or hyphenated another way; not run together with their capitals
  // ("CacheClean" for "Cache Clean"), which no Portuguese spelling does.
  // A word split where no word ends ("Rele ase", "Line Inte gral") is no spelling at all.
  if (al.replace(/[\s-]/gu, "").replace(PLURAL, "") === bl.replace(/[\s-]/gu, "").replace(PLURAL, "")) {
    return !(/\p{Ll}\p{Lu}/u.test(m.text) && /\p{Ll} \p{Lu}/u.test(m.expected)) && !splitMidWord(m.text, m.expected, pt, en);
  }
  return common(pt, m.text);
}

/** Whether every word of `text` (split at spaces and hyphens) is a word of the dictionary, or has a digit. */
const common = (speller: Speller | undefined, text: string): boolean =>
  speller !== undefined && text.split(/[\s-]+/u).every((w) => hasDigit(w) || speller.correct(w.toLowerCase()));

const ACRONYM = /^\p{Lu}{2,5}$/u;

/** Portuguese particles a translation adds between the words of a label: "Win-32 de FAT". */
const PARTICLES = new Set(["de", "da", "do", "das", "dos", "em", "no", "na", "e", "o", "a", "para", "com"]);

/** Whether `text` is `expected` with some English words translated (see isAdaptation), and at least one word kept. */
function translatedWords(text: string, expected: string, pt?: Speller, en?: Speller): boolean {
  if (!pt || !en) return false;
  const theirs = expected.split(/\s+/u);
  let ours = text.split(/\s+/u);
  if (ours.length > theirs.length) ours = ours.filter((w) => !PARTICLES.has(w.toLowerCase()) || theirs.includes(w));
  if (ours.length !== theirs.length || theirs.length < 2) return false;
  let kept = 0;
  for (let i = 0; i < ours.length; i++) {
    const a = ours[i]!;
    const b = theirs[i]!;
    if (a === b) { kept++; continue; }
    if (a.toLowerCase() === b.toLowerCase() || !/^\p{L}+$/u.test(a) || !pt.correct(a.toLowerCase()) || !en.correct(b.toLowerCase())) return false;
  }
  return kept > 0 && (kept < ours.length || text.split(/\s+/u).length > theirs.length);
}


/** A part of the Portuguese form that is neither a part of the English nor a word: a name cut in two. */
function splitMidWord(text: string, expected: string, pt?: Speller, en?: Speller): boolean {
  if (!pt || !en) return false;
  const own = new Set(expected.toLowerCase().split(/[\s-]+/u));
  return text.split(/[\s-]+/u).some((w) => {
    const l = w.toLowerCase();
    return !own.has(l) && !hasDigit(w) && !pt.correct(l) && !en.correct(l) && !own.has(l.replace(PLURAL, ""));
  });
}

/** Whether `word` stands in the English next to another word in capitals: a heading or shouting ("DO NOT USE"), not an acronym. */
function inCapitalsRun(english: string, word: string): boolean {
  for (let at = english.indexOf(word); at >= 0; at = english.indexOf(word, at + 1)) {
    const before = /(\p{L}+)[^\p{L}\n]*$/u.exec(english.slice(Math.max(0, at - 30), at))?.[1];
    const after = /^[^\p{L}\n]*(\p{L}+)/u.exec(english.slice(at + word.length, at + word.length + 30))?.[1];
    if ([before, after].some((w) => w !== undefined && w.length > 1 && /^\p{Lu}+$/u.test(w))) return true;
  }
  return false;
}

/** Whether every occurrence of `name` in the English opens a sentence, a line or a title-case label. */
/**
 * Whether `text` has only lost capitals of `expected`: not gained one ("GFig" for "Gfig", "NaN" for
 * "Nan"), and not met an oddly cased
 * English form ("Lapack" for "LApack") or a name in capitals ("Freetype" for "FREETYPE").
 */
function lostCapitals(text: string, expected: string): boolean {
  if (text.length !== expected.length) return true;
  for (let i = 0; i < text.length; i++) {
    const t = text[i]!;
    const e = expected[i]!;
    // A plural's "S" written in capitals with the rest ("CD-ROMS") is no capital gained.
    if (t !== e && t !== t.toLowerCase() && e === e.toLowerCase() && !(i === text.length - 1 && e === "s")) return false;
  }
  // A name the English writes in capitals ("FREETYPE 2 [FREETYPE]") may be written with one in Portuguese ("Freetype", "Nasa").
  return !(CAPITALISED.test(text) && (/^\p{Lu}{2}\p{Ll}{2,}$/u.test(expected) || ALL_UPPER_2.test(expected)));
}

/** Whether the English writes `text` itself, letter for letter, as a word of prose. */
export function inEnglishProse(english: string, text: string): boolean {
  return english.includes(text) && prosePlaces(english, text, true).length > 0;
}

function capitalisedByPlace(english: string, name: string, menus = false): boolean {
  let seen = false;
  for (let at = english.indexOf(name); at >= 0; at = english.indexOf(name, at + 1)) {
    seen = true;
    const before = english.slice(Math.max(0, at - 3), at);
    const line = english.slice(english.lastIndexOf("\n", at) + 1, (english.indexOf("\n", at) + 1 || english.length + 1) - 1);
    // A URL or file name on the line is no word of the title.
    const titleLine = line.split(/\s+/u).filter((w) => LONG_WORD.test(w) && !ADDRESS_MARK.test(w)).every((w) => TITLE_WORD.test(w));
    // After a label's dash the description starts: "info - Info page documentation". With `menus`, for a word that
    // is Portuguese too, after a menu arrow the item is in title case: "Filters → Submenu"; an English word kept
    // in a trail ("> Sparse Matrix Manipulation") keeps its capitals.
    const menuItem = menus && /(?:→|⇒|->|>)\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}-]*\s+){0,3}$/u.test(english.slice(Math.max(0, at - 60), at));
    if (!(at === 0 || /(?:^|[.!?:]\s|\n\s*| [-–—] )$/u.test(before) || /^\s*$/u.test(before) || titleLine || menuItem)) return false;
  }
  return seen;
}

interface Cached {
  pt: string;
  en: string | undefined;
  terms: readonly Term[];
  found: NameMatch[];
  ordinary: NameMatch[];
}
const cache = new ObjectMemo<CheckInput, Cached>();

/**
 * Names of the English, then of the term list, found in the Portuguese in another form.
 * The entity and casing checks of one pair all read this, so it is computed once per pair
 * (and again if the caller edits the pair object in place).
 */
export function nameMatches(pair: CheckInput, terms: readonly Term[], pt?: Speller, en?: Speller): NameMatch[] {
  return matched(pair, terms, pt, en).found;
}

/**
 * Names of the English written in lower case as ordinary words of both languages ("zoom" for the
 * English's "Zoom"): no finding by themselves, since Portuguese need not capitalise a UI element the
 * English capitalises; a finding where the document itself capitalises the word.
 */
export function ordinaryCaseMatches(pair: CheckInput, terms: readonly Term[], pt?: Speller, en?: Speller): NameMatch[] {
  return matched(pair, terms, pt, en).ordinary;
}

function matched(pair: CheckInput, terms: readonly Term[], pt?: Speller, en?: Speller): Cached {
  const known = cache.get(pair);
  if (known && known.pt === pair.pt && known.en === pair.en && known.terms === terms) return known;
  const covered: { start: number; end: number }[] = [];
  // A capitalised word the dictionary knows as written is a Portuguese name: an exonym ("Berlim" for
  // "Berlin", "Nápoles" for "Naples"), which a translation writes on purpose.
  const isPortugueseWord = pt ? (w: string) => !/\s/u.test(w) && (pt.correct(w.toLowerCase()) || (CAPITALISED.test(w) && pt.correct(w))) : undefined;
  const fromEn: NameMatch[] = [];
  const ordinary: NameMatch[] = [];
  if (pair.en) {
    for (const m of fromEnglish(pair.pt, pair.en, covered, isPortugueseWord, ordinary)) {
      const adapted = isAdaptation(m, pair.en, pt, en);
      if (!adapted) fromEn.push(m);
      else if (adapted === "ordinary") ordinary.push(m);
    }
  }
  const entry = { pt: pair.pt, en: pair.en, terms, found: [...fromEn, ...fromTerms(pair.pt, terms, covered)], ordinary };
  cache.set(pair, entry);
  return entry;
}
