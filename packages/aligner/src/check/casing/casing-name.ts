import { flagAt, type Check } from "../check.ts";
import type { CheckInput, DocumentContext, Flag, Speller } from "../../types.ts";
import type { CheckContext } from "../check.ts";
import { inEnglishProse, nameMatches, ordinaryCaseMatches } from "../entity/name-matches.ts";
import { dropProseOverLiterals } from "../prose-filter.ts";
import { capitalisedPhrases, capitalisedWords, coinedNames, englishLowerForms, phraseBefore, standsAsProse } from "./name-habits.ts";
import { isSentenceStart, lowered, words, type Word } from "../text/words.ts";
import { englishWordTest } from "../untranslated/english-signal.ts";
import acronyms from "./lowercase-acronyms.json" with { type: "json" };
import loanwords from "../foreign/loanwords.json" with { type: "json" };

const LOANWORDS: ReadonlySet<string> = new Set(loanwords.words);
import { execAll } from "../text/exec-all.ts";
import { glossed } from "../text/glossed.ts";
import { copiedLabelsLowered, trailRootLowered } from "./copied-labels.ts";
import { BoundedCache } from "../../bounded-cache.js";

interface LowercaseAcronym {
  lower: string;
  form: string;
  /** When the lower-case form is also a Portuguese word ("ia" is a form of "ir"), the words that must precede it. */
  after?: string[];
}

const ACRONYMS = new Map((acronyms as LowercaseAcronym[]).map((a) => [a.lower, a]));
/** The longest word that may be a listed acronym or its plural: longer words (most) skip the two lookups. */
const MAX_ACRONYM_WORD = Math.max(...[...ACRONYMS.keys()].map((a) => a.length)) + 1;

/** Acronyms written in lower case ("a ia", "ceo", "eua"), found without any English; not where the English writes them so too ("the cpu component"). */
function lowercaseAcronyms(pt: string, en?: string): { start: number; end: number; form: string }[] {
  const out: { start: number; end: number; form: string }[] = [];
  // Each acronym (or its plural) as a whole word of words(), which every check of the pair has cut already
  // (a hyphen, an apostrophe or a dot before a capital joins it to its neighbour): a lookup per word costs
  // less than a pattern of all the acronyms tried at every offset.
  const ws = words(pt);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    const text = w.text;
    if (text.length > MAX_ACRONYM_WORD || (!ACRONYMS.has(text) && !(text.endsWith("s") && ACRONYMS.has(text.slice(0, -1))))) continue;
    const a = ACRONYMS.get(text.endsWith("s") ? text.slice(0, -1) : text) ?? ACRONYMS.get(text);
    if (!a || (en && inEnglishProse(en, text))) continue;
    if (a.after) {
      const prev = k > 0 ? lowered(ws)[k - 1] : undefined;
      if (!prev || !a.after.includes(prev)) continue;
    }
    out.push({ start: w.start, end: w.start + text.length, form: text.endsWith("s") && !a.lower.endsWith("s") ? `${a.form}s` : a.form });
  }
  return out;
}

/**
 * A token joined by "_", "/" or "::" ("DEB_BUILD_OPTIONS", "GNU/Linux", "APT::Get::Show-Versions"),
 * or a key combination ("Shift+Ctrl+T": named keys before a "+"): material the Portuguese copies
 * from the English as it stands, not starting inside a path or a URL. A "+" after a single letter
 * is a formula ("A+B"), whose letters are the equation's business.
 */
const PART = "[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*";
const JOINED_TOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}_./:+-])(?:${PART}(?:(?:[_/]|::)${PART})+|(?:\\p{L}{2,}\\+)+[\\p{L}\\p{N}]+)(?![\\p{L}\\p{N}_/+]|::)`,
  "gu",
);

/** Whether `text` is `form` with some of its capitals lost and nothing else changed (no capital gained). */
function capitalsLost(text: string, form: string): boolean {
  if (text === form || text.length !== form.length) return false;
  for (let i = 0; i < text.length; i++) {
    const a = text[i]!;
    const b = form[i]!;
    if (a !== b && (a !== b.toLowerCase() || b === a)) return false;
  }
  return true;
}

/**
 * A joined token of the English whose capitals the Portuguese lost ("DEB_build_OPTIONS",
 * "gnu/Linux"): a name or identifier no speller knows, so only the English tells. Not when the
 * English itself writes the token both ways.
 */
function joinedTokensLowered(pt: string, en: string | undefined): { start: number; end: number; form: string }[] {
  if (!en || !/[_/+]|::/u.test(pt)) return [];
  const english = new Map<string, string>();
  // Tokens whose first capital may be the English sentence's ("Clip_state value should be"), not the token's.
  const opening = new Set<string>();
  for (const m of execAll(JOINED_TOKEN, en)) {
    const key = m[0].toLowerCase();
    const had = english.get(key);
    english.set(key, had === undefined || had === m[0] ? m[0] : "");
    if (isSentenceStart(en, m.index)) opening.add(key);
  }
  const out: { start: number; end: number; form: string }[] = [];
  for (const m of execAll(JOINED_TOKEN, pt)) {
    const key = m[0].toLowerCase();
    const form = english.get(key);
    if (form && capitalsLost(m[0], form) && (m[0].slice(1) !== form.slice(1) || !opening.has(key))) out.push({ start: m.index, end: m.index + m[0].length, form });
  }
  return out;
}

// A plural names a file extension only in quotes: "extensões linux" are Linux's extensions, a name lowered.
const EXTENSION_NAMED = /(?:extens(?:ão|ao)\s*[“"'‘«]?|extensões\s*[“"'‘«])$/iu;

// One-word items of a coordination: the word between a coordinator or a punctuation mark and another.
const SIBLING_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?:,| e| ou) $/u;
const SIBLING_AFTER = /^(?:,| e| ou) (\p{Lu}\p{Ll}+)(?=$|[^\p{L}\p{N}\s]|(?:,| e | ou ))/u;
const ITEM_START = /(?:^|[^\p{L}\p{N}\s]\s*|(?:,| e| ou) )$/u;
const ITEM_END = /^(?:$|[^\p{L}\p{N}\s]|(?:,| e | ou ))/u;

/**
 * Whether the word is coordinated with a capitalised ordinary word in mid-sentence ("Horizontal e
 * vertical", "vermelho, Verde"): the sentence writes these labels with capitals, so one without is a
 * slip. One word each: "Aumentar zoom e Zoom 1:1" coordinates labels in sentence case, not words.
 */
function capitalisedSibling(pt: string, m: { start: number; end: number }, speller: Speller | undefined): boolean {
  if (!speller || !ITEM_START.test(pt.slice(Math.max(0, m.start - 6), m.start)) || !ITEM_END.test(pt.slice(m.end, m.end + 5))) return false;
  const before = SIBLING_BEFORE.exec(pt.slice(Math.max(0, m.start - 40), m.start));
  const after = SIBLING_AFTER.exec(pt.slice(m.end, m.end + 40));
  const sibling = (w: string | undefined, at: number) => w !== undefined && !isSentenceStart(pt, at) && speller.correct(w.toLowerCase());
  return (before !== null && sibling(before[1], m.start - before[0].length)) || (after !== null && sibling(after[1], m.end + after[0].length - after[1]!.length));
}

/**
 * Whether the English joins the word to another with "&" ("Mouse & Touchpad"): a title's conjunction, which prose does not
 * use, so the two words are one label, and the Portuguese writes that label in its sentence case with "e" ("Rato e
 * touchpad"; hand-written FAQs and desktop help, session 18, pt-PT). "Horizontal and Vertical" may be two options.
 */
function ampersandLabel(en: string | undefined, form: string): boolean {
  return en !== undefined && (en.includes(`& ${form}`) || en.includes(`${form} &`));
}

// The label's head and its "e" just before the word: "Rato e ".
const HEAD_AND = /(\p{Lu}\p{Ll}+) e $/u;
/** A lower-case word after "e" and a capitalised head in mid-sentence, which the English writes after an "&". */
function ampersandLabelTail(pair: CheckInput, m: { start: number; end: number; text: string; expected: string }): boolean {
  if (!pair.en?.includes(`& ${m.expected}`) || !/^\p{Ll}/u.test(m.text)) return false;
  const head = HEAD_AND.exec(pair.pt.slice(Math.max(0, m.start - 30), m.start));
  return head !== null && !isSentenceStart(pair.pt, m.start - head[0].length);
}

/** Lower-case words between a label's capitalised head and its word that lost the English's capital: "Etiquetas símbolo standard". */
const MAX_LABEL_TAIL = 2;
const LABEL_WORD_BEFORE = /(\p{L}[\p{L}\p{N}-]*) $/u;
const AFTER_COLON = /: $/u;
const LABEL_BREAKERS = new Set("a o as os um uma de do da dos das em no na nos nas por para com e ou ao à".split(" "));

/**
 * Whether every capital the Portuguese lost from the English (`text` against `form`) is an ordinary
 * English word after the capitalised head of a label in mid-sentence: "Recarregar scripts" for
 * "Refresh Scripts", “GIMP online” for “GIMP Online”, "Etiquetas símbolo standard" for "Standard
 * symbol tags". Portuguese writes its labels and titles in sentence case; a name ("o filtro de
 * laplace", "a tecla shift") has no capitalised head before it, and a name kept in English has
 * capitals after it too ("do script Init do LSB").
 */
function sentenceCaseLabel(pt: string, m: { start: number; end: number; expected: string }, en: Speller | undefined): boolean {
  if (!en) return false;
  const text = pt.slice(m.start, m.end);
  if (text.length !== m.expected.length) return false;
  const lost = words(text).filter((w) => m.expected.slice(w.start, w.end) !== w.text);
  return lost.length > 0 && lost.every((w) => {
    // A word with one capital: an acronym ("a ram" for "RAM") is never a label's tail.
    if (!/^\p{Ll}+$/u.test(w.text) || !/^\p{Lu}\p{Ll}+$/u.test(m.expected.slice(w.start, w.end)) || !en.correct(w.text)) return false;
    // Before a capitalised word it is part of a name kept in English ("as Acções do script Init do LSB"), not a label's tail.
    if (/^ \p{Lu}/u.test(pt.slice(m.start + w.end, m.start + w.end + 2))) return false;
    let at = m.start + w.start;
    for (let k = 0; k <= MAX_LABEL_TAIL; k++) {
      const before = LABEL_WORD_BEFORE.exec(pt.slice(Math.max(0, at - 40), at));
      // A preposition or an article between them ("para a ram", "do script") joins a phrase, not a label's words.
      if (!before || LABEL_BREAKERS.has(before[1]!.toLowerCase())) return false;
      at -= before[0].length;
      // The head opens the label: a capitalised word before it makes an English title kept as it is (“Scalable Vector graphics”).
      // At a sentence's start the head's capital may be the sentence's; after a colon it is the label's, since Portuguese
      // goes on in lower case after one ("eles são: Novo script, Abrir script" for "New Script, Open Script").
      if (/^\p{Lu}/u.test(before[1]!)) return (!isSentenceStart(pt, at) || AFTER_COLON.test(pt.slice(Math.max(0, at - 3), at))) && !/\p{Lu}[\p{L}\p{N}-]* $/u.test(pt.slice(Math.max(0, at - 40), at));
    }
    return false;
  });
}

/**
 * Whether the English's capitals on `form` are a title's: every place the English writes it, it stands in a phrase of
 * ordinary words each capitalised ("Calendar Widget", "Merge Request", "Substring Match"), while the Portuguese
 * writes the word in lower case among lower-case words ("com o widget de Calendário", "uma merge request").
 * English capitalises the words of a label or a term in title case; Portuguese writes a common noun, a loanword too,
 * in sentence case (reviewed in KOrganizer's, po4a's and KWin's pages, both variants). A name has a capital of its own
 * wherever it stands ("Marble is…", "o KOrganizer"), is no ordinary English word ("Kate Editor", "Inkscape"), or keeps
 * the other words of its title capitalised in the Portuguese too (“Scalable Vector graphics”: one capital lost). A label
 * the Portuguese quotes ("Necessita de 'patch'" for "Needs Patch") is copied, and words joined by hyphens
 * ("accept-name" for "Accept-Name") name a field: those keep the English's capitals.
 */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])an? $/iu;
const TITLE_NEIGHBOUR_BEFORE = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+) $/u;
const TITLE_NEIGHBOUR_AFTER = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])/u;
// A neighbour across a coordinator counts too when it ends or opens a title of two words at least: a title's words
// coordinated ("Network Interface Card or Motherboard"), not two names ("the Pepper and Vine brushes"); and not where the
// Portuguese keeps its own sibling's capital ("Horizontal e vertical": two options, one capital lost).
const COORDINATED_BEFORE = /(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+) (?:or|and|&) $/u;
const COORDINATED_AFTER = /^ (?:or|and|&) (\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+(?![\p{L}\p{N}-])/u;
const PORTUGUESE_SIBLING_CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+ (?:e|ou|&) $/u;
/** A word of prose right before it in the Portuguese ("o widget", "uma merge request"): not a quoted label ('patch') or a field. */
const PROSE_WORD_BEFORE = /(?<![\p{L}\p{N}_.-])\p{Ll}+ $/u;
const CAPITAL_NEIGHBOUR_AFTER = /^[ -]\p{Lu}/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function titleCaseInEnglish(pt: string, h: { start: number; end: number; form: string }, en: string | undefined, enSpeller: Speller | undefined): boolean {
  if (en === undefined || !enSpeller) return false;
  const text = pt.slice(h.start, h.end);
  // Words joined by hyphens ("Accept-Name", "Build-Profiles") are a field's or a header's name, not a title's words.
  if (h.form.includes("-")) return false;
  const parts = h.form.split(" ");
  const ordinary = (w: string) => TITLE_WORD.test(w) && (enSpeller.correct(w.toLowerCase()) || LOANWORDS.has(w.toLowerCase()));
  if (text !== text.toLowerCase() || !parts.every(ordinary)) return false;
  if (!PROSE_WORD_BEFORE.test(pt.slice(Math.max(0, h.start - 40), h.start)) || CAPITAL_NEIGHBOUR_AFTER.test(pt.slice(h.end, h.end + 2))) return false;
  const coordinated = !PORTUGUESE_SIBLING_CAPITALISED.test(pt.slice(Math.max(0, h.start - 40), h.start));
  let seen = 0;
  for (let at = en.indexOf(h.form); at >= 0; at = en.indexOf(h.form, at + 1)) {
    if (isWordChar(en[at - 1]) || isWordChar(en[at + h.form.length])) continue;
    seen++;
    // A phrase of ordinary words is a name as often as a term ("Bell Labs"): a common noun only where the English counts
    // it with an indefinite article ("a Merge Request"), which no name takes.
    if (parts.length > 1) {
      if (!INDEFINITE_BEFORE.test(en.slice(Math.max(0, at - 4), at))) return false;
      continue;
    }
    const enBefore = en.slice(Math.max(0, at - 40), at);
    const enAfter = en.slice(at + h.form.length, at + h.form.length + 40);
    const before = TITLE_NEIGHBOUR_BEFORE.exec(enBefore)?.[1] ?? (coordinated ? COORDINATED_BEFORE.exec(enBefore)?.[1] : undefined);
    const after = TITLE_NEIGHBOUR_AFTER.exec(enAfter)?.[1] ?? (coordinated ? COORDINATED_AFTER.exec(enAfter)?.[1] : undefined);
    if (!((before !== undefined && ordinary(before)) || (after !== undefined && ordinary(after)))) return false;
  }
  return seen > 0;
}

/** Names lowered together in one list: at least this many. */
const MIN_LOWER_LIST = 3;

/** Whether the hit is an item of a list of one-word items, at least MIN_LOWER_LIST of them and every one in lower case. */
function inLowerCaseList(pt: string, h: { start: number; end: number }): boolean {
  const open = Math.max(pt.lastIndexOf("(", h.start), pt.lastIndexOf(":", h.start), pt.lastIndexOf(".", h.start - 1), pt.lastIndexOf("\n", h.start)) + 1;
  const closeAt = pt.slice(h.end).search(/[).:;\n]/u);
  const clause = pt.slice(open, closeAt < 0 ? pt.length : h.end + closeAt);
  const items = clause.split(/,\s*|\s+e\s+|\s+ou\s+/u).map((i) => i.trim()).filter(Boolean);
  // The first item may carry the words that introduce the list ("por exemplo, thai"): only the listed ones count.
  const listed = items.filter((i) => /^\p{L}+$/u.test(i));
  return listed.length >= MIN_LOWER_LIST && listed.every((i) => /^\p{Ll}+$/u.test(i)) && listed.length >= items.length - 2;
}

// Roman numerals of centuries, which Portuguese writes in capitals: "século xxi".
const CENTURY = /(?<![\p{L}])(séculos?) ((?=[xvi]+(?![\p{L}]))x{0,3}(?:ix|iv|v?i{0,3}))(?![\p{L}])/gu;

/** What the document says about names (see name-habits.ts); absent when the pair is checked alone. */
interface Habits {
  capitalised: ReadonlySet<string>;
  /** Phrases the document writes with the word capitalised ("ferramenta de Zoom"). */
  phrases: ReadonlySet<string>;
  /** The document's coined names by their lower-case form ("gimp" → "GIMP"). */
  coined: ReadonlyMap<string, string>;
  /**
   * The forms in which the document's English mostly writes a name ("debconf"): its own case, not a capital lost.
   * Asked only by a pair with a finding left to filter: tallying every word of the document's English is a few per
   * cent of the whole pass, and most documents never ask (two of the built-in corpus's three, its largest among them).
   */
  englishLower: () => ReadonlySet<string>;
}

const byLower = (forms: readonly string[]): Map<string, string> => new Map(forms.map((f) => [f.toLowerCase(), f]));

const habitSets = new WeakMap<DocumentContext, Habits>();
function habitsOf(context: CheckContext): Habits | undefined {
  const document = context.document;
  if (!document?.capitalisedWords && !document?.coinedNames && !document?.capitalisedPhrases && !document?.englishLowerForms) return undefined;
  let habits = habitSets.get(document);
  if (!habits) {
    const englishLower = new Set(document.englishLowerForms);
    habitSets.set(document, (habits = { capitalised: new Set(document.capitalisedWords), phrases: new Set(document.capitalisedPhrases), coined: byLower(document.coinedNames ?? []), englishLower: () => englishLower }));
  }
  return habits;
}


/**
 * A coined name of the document in lower case, as a word of prose ("diretório pessoal do gimp"),
 * where the pair's English does not write it so (the command "gimp" beside the program "GIMP").
 * Not a term heading its definition ("fifo - canal nomeado", a man page's NAME), an item of a list
 * of values ("ufs, 4.2, nfs, tmp"), or a part of an English phrase ("‘lilypond mode’", Emacs's mode):
 * literal names that only the English could vouch for.
 */
function coinedLowered(pt: string, en: string | undefined, coined: ReadonlyMap<string, string>, isEnglish: (w: string) => boolean): { start: number; end: number; form: string }[] {
  if (!coined.size) return [];
  const out: { start: number; end: number; form: string }[] = [];
  const ws = words(pt);
  ws.forEach((w, k) => {
    const form = coined.get(w.text);
    if (!form || en?.includes(w.text) || !standsAsProse(pt, w.start, w.end)) return;
    if (/^ [-–—] /u.test(pt.slice(w.end, w.end + 3))) return;
    const prev = ws[k - 1];
    const next = ws[k + 1];
    const listed = (n: Word | undefined, gap: string) => n !== undefined && /^,\s?$/u.test(gap) && (/\p{N}/u.test(n.text) || (/^\p{Ll}+$/u.test(n.text) && isEnglish(n.text)) || coined.has(n.text));
    if ((prev && listed(prev, pt.slice(prev.end, w.start))) || (next && listed(next, pt.slice(w.end, next.start)))) return;
    if ((prev && pt.slice(prev.end, w.start) === " " && isEnglish(prev.text)) || (next && pt.slice(w.end, next.start) === " " && isEnglish(next.text))) return;
    out.push({ start: w.start, end: w.end, form });
  });
  return out;
}

function flagsOf(check: Check<"casing-name">, pair: CheckInput, context: CheckContext, habits?: Habits): Flag[] {
    const hits = nameMatches(pair, context.terms, context.spellers.pt, context.spellers.en)
      .filter((m) => m.kind === "case")
      // A term that is also a Portuguese word ("meta") may be that word when the English does not say otherwise.
      .filter((m) => m.from === "english" || !context.spellers.pt?.correct(m.text))
      // An established loanword ("shell", "scripts") turned into the complement of a Portuguese noun is a common noun,
      // in lower case where the English capitalises its compound ("Shell commands" → "Comandos de shell"). Not a
      // field or a name kept in English ("campos Checksums", "do Script Init do LSB"), which keep their capitals.
      .filter((m) => !(/^\p{Ll}+$/u.test(m.text) && /^\p{Lu}\p{Ll}+$/u.test(m.expected) && LOANWORDS.has(m.text) &&
        /(?:^|\s)d[eoa]s? $/u.test(pair.pt.slice(Math.max(0, m.start - 4), m.start)) && !/^\s+\p{Lu}/u.test(pair.pt.slice(m.end))))
      // The English term quoted beside its translation ("matiz-saturação-valor (hue-saturation-value)"); an acronym
      // in parentheses ("interface gráfica (gui)") still wants its capitals.
      .filter((m) => !/\p{Ll}/u.test(m.expected) || !glossed(pair.pt, m, context.spellers))
      // A label in the Portuguese's sentence case ("Filtros → Script-Fu → Recarregar scripts", “GIMP online”), or the
      // second noun of one the English joins with "&" ("Rato e touchpad" for "Mouse & Touchpad").
      .filter((m) => !sentenceCaseLabel(pair.pt, m, context.spellers.en) && !ampersandLabelTail(pair, m))
      .map((m) => ({ start: m.start, end: m.end, form: m.expected }));
    for (const m of ordinaryCaseMatches(pair, context.terms, context.spellers.pt, context.spellers.en)) {
      if (glossed(pair.pt, m, context.spellers)) continue;
      // An ordinary word the English capitalises, which this document itself writes with a capital ("ligação à Internet"),
      // or which this very sentence capitalises beside it ("Selecionando Horizontal e vertical": two options, one lost its capital).
      // Or in a phrase this document writes with the capital elsewhere ("Ferramenta de zoom" beside "Ferramenta de Zoom"), a tool's or a dialog's name.
      if (habits?.capitalised.has(m.expected) || (capitalisedSibling(pair.pt, m, context.spellers.pt) && !ampersandLabel(pair.en, m.expected)) || (habits?.phrases.size && habits.phrases.has(`${phraseBefore(pair.pt, m.start)} ${m.expected}`))) hits.push({ start: m.start, end: m.end, form: m.expected });
    }
    // A list of names all in lower case ("hiragana, katakana, tamil e thai") is the translator's convention
    // for the category (Portuguese writes languages and scripts in lower case), not capitals lost one by one;
    // in a pair that has capitals elsewhere (a text written all in lower case lowers its lists too).
    const listed = hits.filter((h) => /^\p{Ll}+$/u.test(pair.pt.slice(h.start, h.end)) && (/(?:,| e) $/u.test(pair.pt.slice(Math.max(0, h.start - 3), h.start)) || /^(?:,| e )/u.test(pair.pt.slice(h.end, h.end + 3))));
    if (listed.length >= MIN_LOWER_LIST && /\p{Lu}/u.test(pair.pt)) for (const h of listed) hits.splice(hits.indexOf(h), 1);
    // So is a name in a list of such names that the translation gives in Portuguese ("thai, lao, hebraico, árabe"
    // for "Thai, Lao, Hebrew, Arabic"): the list's other items, not flagged, are lower case too.
    for (const h of listed) if (hits.includes(h) && inLowerCaseList(pair.pt, h)) hits.splice(hits.indexOf(h), 1);
    if (pair.pt.includes("século")) for (const m of execAll(CENTURY, pair.pt)) {
      const start = m.index + m[1]!.length + 1;
      if (m[2]) hits.push({ start, end: start + m[2].length, form: m[2].toUpperCase() });
    }
    for (const a of lowercaseAcronyms(pair.pt, pair.en)) if (!hits.some((h) => h.start < a.end && a.start < h.end)) hits.push(a);
    if (habits) for (const c of coinedLowered(pair.pt, pair.en, habits.coined, englishWordTest(context.spellers))) if (!hits.some((h) => h.start < c.end && c.start < h.end)) hits.push(c);
    // A joined token stands whole for its parts ("DEB_build_OPTIONS", not "build"): the literal filter keeps it, not them.
    for (const j of joinedTokensLowered(pair.pt, pair.en)) {
      for (let k = hits.length - 1; k >= 0; k--) if (hits[k]!.start >= j.start && hits[k]!.end <= j.end) hits.splice(k, 1);
      if (!hits.some((h) => h.start < j.end && j.start < h.end)) hits.push(j);
    }
    // A label copied from the English (a quotation, a parenthesis, a breadcrumb's step) keeps the English's capitals.
    for (const c of copiedLabelsLowered(pair.pt, pair.en, context.spellers.pt)) if (!hits.some((h) => h.start < c.end && c.start < h.end) && !sentenceCaseLabel(pair.pt, { ...c, expected: c.form }, context.spellers.en)) hits.push(c);
    // So does a help trail's root, the help system's English title ("Scilab help >> …"), with no English to compare.
    for (const c of trailRootLowered(pair.pt, pair.en, context.spellers.pt)) if (!hits.some((h) => h.start < c.end && c.start < h.end)) hits.push(c);
    return hits
      // The document's English mostly writes the name in this very form ("debconf" beside the odd "Debconf"): the
      // English is the authority on a name's case, and the translation follows it.
      .filter((h) => !habits?.englishLower().has(pair.pt.slice(h.start, h.end)))
      // A word the pair also writes inside an identifier ("uma estrutura label (ver label_properties)") is that
      // identifier's name, as the program spells it; one the English writes in lower case too ("propriedades das
      // datatips" beside "datatip properties") is no name the English keeps capitalised.
      .filter((h) => !lowerAsTheProgramWrites(pair, pair.pt.slice(h.start, h.end)))
      // A common noun the English capitalises as a word of a title ("the Calendar Widget" → "o widget de Calendário").
      .filter((h) => !titleCaseInEnglish(pair.pt, h, pair.en, context.spellers.en))
      // A file's extension named ("com a extensão “gih”") is written as the file names have it, not as the English's acronym.
      .filter((h) => !EXTENSION_NAMED.test(pair.pt.slice(Math.max(0, h.start - 14), h.start)))
      // A program's name alone in quotes, as the reader types it ("do programa 'diff'", "a documentação do 'info'"):
      // the English's capital is its prose name, before the noun it names ("the Diff program"); a label the English
      // lists ("check the boxes Only and Commits") keeps its capital. An acronym ('http' for HTTP) still wants capitals,
      // and a label the English quotes too (the type "Axes") is copied with a capital lost.
      .filter((h) => !(QUOTED_COMMAND.test(h.form) && quotedAlone(pair.pt, h.start, h.end) && namesAThing(pair.en, h.form) && !quotedIn(pair.en, h.form)))
      .sort((a, b) => a.start - b.start)
      .map((h) => flagAt(check, pair.pt, h.start, h.end, `Write "${h.form}" with its capitals.`, h.form));
}

const LOWER_WORD = /^\p{Ll}{3,}$/u;

/** A name with one capital, at its start ("Diff", "Info"): what a program's name looks like in English prose. */
const QUOTED_COMMAND = /^\p{Lu}\p{Ll}+$/u;
const QUOTE_PAIRS: Readonly<Record<string, string>> = { "'": "'", "‘": "’", '"': '"', "“": "”", "«": "»" };

/** Whether the English writes `form` before a lower-case noun ("the Diff program", "the Info documentation"). */
function namesAThing(en: string | undefined, form: string): boolean {
  if (en === undefined) return false;
  for (let at = en.indexOf(form); at >= 0; at = en.indexOf(form, at + 1)) if (/^ \p{Ll}/u.test(en.slice(at + form.length, at + form.length + 2))) return true;
  return false;
}

/** How far before a word its opening quote may stand ("Needs Patch"). */
const QUOTE_REACH = 60;

/** Whether `en` writes `form` inside quotes, alone or in a label ('"Needs Patch"'): a quoted label, copied. */
function quotedIn(en: string | undefined, form: string): boolean {
  if (en === undefined) return false;
  for (let at = en.indexOf(form); at >= 0; at = en.indexOf(form, at + 1)) {
    const before = en.slice(Math.max(en.lastIndexOf("\n", at) + 1, at - QUOTE_REACH), at);
    for (const [open, close] of Object.entries(QUOTE_PAIRS)) {
      if (open === close ? before.split(open).length % 2 === 0 : before.lastIndexOf(open) > before.lastIndexOf(close)) return true;
    }
  }
  return false;
}

/** Whether `start..end` is a lower-case word that fills a pair of quotes by itself. */
function quotedAlone(pt: string, start: number, end: number): boolean {
  const close = QUOTE_PAIRS[pt[start - 1] ?? ""];
  return close !== undefined && pt[end] === close && /^\p{Ll}+$/u.test(pt.slice(start, end));
}
const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * Whether a lower-case word is written so by the pair itself: as a part of an identifier joined by "_"
 * ("label" of "label_properties", "datatip" of "datatip_manager"), or in lower case in the English too,
 * as the word or its singular ("datatip properties").
 */
function lowerAsTheProgramWrites(pair: CheckInput, text: string): boolean {
  if (!LOWER_WORD.test(text)) return false;
  // Each pattern needs what a plain search finds first: an "_" in the pair, the word (or its singular, a prefix
  // of it) in the English. Most hits have neither, and the patterns' look-behinds are tried at every offset.
  const singular = text.endsWith("s") ? text.slice(0, -1) : text;
  const mayJoin = pair.pt.includes("_");
  const mayEnglish = pair.en !== undefined && pair.en.includes(singular);
  if (!mayJoin && !mayEnglish) return false;
  const { joined, english } = programPatterns(text);
  if (mayJoin && joined.test(pair.pt)) return true;
  // Not inside an address or a path ("<apt@packages.debian.org>", "/usr/lib/apt"), where names are lower case anyway.
  return mayEnglish && english.test(pair.en!);
}

/**
 * The two patterns of `lowerAsTheProgramWrites` for one word, compiled once: the same few lower-case
 * names are asked about on pair after pair, and compiling a pattern costs more than running it.
 */
const programPatternCache = new BoundedCache<string, { joined: RegExp; english: RegExp }>(256);
function programPatterns(text: string): { joined: RegExp; english: RegExp } {
  let known = programPatternCache.get(text);
  if (!known) {
    const forms = text.endsWith("s") ? [text, text.slice(0, -1)] : [text];
    const alternatives = forms.map(escapeWord).join("|");
    known = programPatternCache.set(text, {
      joined: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})_[\\p{L}\\p{N}]|[\\p{L}\\p{N}]_(?:${alternatives})(?![\\p{L}\\p{N}])`, "u"),
      english: new RegExp(`(?<![\\p{L}\\p{N}_./@:<-])(?:${alternatives})(?![\\p{L}\\p{N}_/@>-]|[.:]\\p{L})`, "u"),
    });
  }
  return known;
}

/** The document's habits, asked only about the words some pair needs: most documents need none. */
function documentHabits(pairs: readonly CheckInput[], context: CheckContext): Habits {
  const candidates = new Set<string>();
  for (const p of pairs) if (p.en) for (const m of ordinaryCaseMatches(p, context.terms, context.spellers.pt, context.spellers.en)) candidates.add(m.expected);
  const pt = context.spellers.pt;
  let englishLower: ReadonlySet<string> | undefined;
  return { capitalised: new Set(candidates.size ? capitalisedWords(pairs, candidates) : []), phrases: new Set(candidates.size ? capitalisedPhrases(pairs, candidates) : []), coined: byLower(pt ? coinedNames(pairs, (w) => pt.correct(w)) : []), englishLower: () => (englishLower ??= new Set(englishLowerForms(pairs))) };
}

/** A proper noun or acronym in lower case: "erik torenberg", "openai", "a ia". */
export const casingName: Check<"casing-name"> = {
  id: "casing-name",
  family: "casing",
  severity: "warning",
  name: "Name in lower case",
  description: "A name, product or acronym has lost its capitals.",
  run(pair, context) {
    return flagsOf(this, pair, context, habitsOf(context));
  },
  runDocument(pairs, context) {
    const habits = documentHabits(pairs, context);
    // The literal material the pipeline filters out of every pair's prose flags is filtered here too.
    return { pairFlags: pairs.map((p) => dropProseOverLiterals(p, flagsOf(this, p, context, habits))), documentFlags: [] };
  },
};
