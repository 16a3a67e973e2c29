import { lengthZ } from "../../align/length-cost.ts";
import { tokenKeys } from "../../align/segment-features.ts";
import { PassMemo } from "../../document-pass.ts";
import type { Lang } from "../../types.ts";

/**
 * How much of `text` the `other` text (in the other language) says too: its content words
 * (stopwords left out) that meet a word of `other` by the aligner's own keys (the same word or
 * number, a cognate by its first letters, the lexicon's translation).
 */
export interface Coverage {
  /** Content words of `text` that found a counterpart in `other`. */
  found: number;
  /** Content words of `text`. */
  words: number;
  /** Words of `text` with a digit or an underscore (numbers, identifiers: "plot2d", "help_from_sci") that found none. */
  distinctMissing: number;
}

/**
 * Words, numbers ("0.125", "1,5") and identifiers whole ("help_from_sci", "plot2d"): one name is
 * one word. A hyphen joins only what goes on with a letter ("multi-window"): a range "0.0-0.1" is
 * two numbers, as the Portuguese "0,0 até 0,1" writes them.
 */
const TOKEN = /[\p{L}\p{N}_]+(?:[.,'’][\p{L}\p{N}_]+|-\p{L}[\p{L}\p{N}_]*)*/gu;
type WordKeys = { keys: string[]; distinct: boolean };
/**
 * Each text's content words with their keys, kept while a document pass runs: the counterpart search
 * (paired-elsewhere.ts) indexes one side of the whole document and then weighs its candidates, and the
 * neighbours' excuses ask again of the same texts. By language and text.
 */
const passKeys = { pt: new PassMemo<string, readonly WordKeys[]>(), en: new PassMemo<string, readonly WordKeys[]>() };
/** Each content word's keys; a stopword has none and is left out. */
export function keysOf(text: string, lang: Lang): readonly WordKeys[] {
  const memo = passKeys[lang];
  const known = memo.get(text);
  if (known) return known;
  const out: WordKeys[] = [];
  eachWordKeys(text, lang, (w) => out.push(w));
  memo.set(text, out);
  return out;
}
/** Each content word's keys, handed to `use` one by one, with no list made or kept (the counterpart search's index reads every text once). */
export function eachWordKeys(text: string, lang: Lang, use: (w: WordKeys) => void): void {
  const words = passWordKeys[lang];
  // matchAll works on a copy of the pattern: a `use` that reads another text's words does not disturb this loop.
  for (const m of text.matchAll(TOKEN)) {
    const tok = m[0];
    let w = words.get(tok);
    if (w === undefined) {
      const t = tokenKeys(tok, lang);
      w = t ? { keys: t.keys, distinct: /[\d_]/u.test(tok) } : null;
      words.set(tok, w);
    }
    if (w) use(w);
  }
}
/** A word's keys (null: a stopword), kept while a document pass runs: a document says its words many times. */
const passWordKeys = { pt: new PassMemo<string, WordKeys | null>(), en: new PassMemo<string, WordKeys | null>() };

/**
 * A word's spelling with the letters Portuguese and English write differently made alike
 * ("rectangles" and "retângulos", "active" and "ativa", "polyline" and "polilinha"): the
 * cognates the aligner's five-letter prefix misses ("curva" and "curve" share four).
 */
const skeletonOf = (folded: string): string => folded.replace(/ct/gu, "t").replace(/ph/gu, "f").replace(/th/gu, "t").replace(/y/gu, "i").replace(/(.)\1/gu, "$1");
/**
 * Skeletons already made (five regex replacements each): a lone pair's text is compared with each
 * of its neighbours' sides, so the same words come back many times; it showed in the profile of
 * a cold command-line run. Bounded: a server checks document after document.
 */
const MAX_SKELETONS = 20_000;
const skeletons = new Map<string, string>();
function skeleton(folded: string): string {
  let s = skeletons.get(folded);
  if (s === undefined) {
    if (skeletons.size >= MAX_SKELETONS) skeletons.clear();
    s = skeletonOf(folded);
    skeletons.set(folded, s);
  }
  return s;
}
/** Cognates by skeleton: a shared beginning of at least four letters and most of the shorter word. */
const MIN_SKELETON_PREFIX = 4;
const MIN_SKELETON_SHARE = 0.6;
function cognates(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= MIN_SKELETON_PREFIX && n >= MIN_SKELETON_SHARE * Math.min(a.length, b.length);
}

export function coverage(text: string, lang: Lang, other: string, otherLang: Lang): Coverage {
  const mine = keysOf(text, lang);
  const theirWords = keysOf(other, otherLang);
  const theirs = new Set(theirWords.flatMap((w) => w.keys));
  const theirSkeletons = theirWords.filter((w) => !w.distinct).map((w) => skeleton(w.keys[0]!.slice(2)));
  let found = 0;
  let distinctMissing = 0;
  for (const w of mine) {
    if (w.keys.some((k) => theirs.has(k))) found++;
    else if (w.distinct) distinctMissing++;
    else {
      const mineSkeleton = skeleton(w.keys[0]!.slice(2));
      if (theirSkeletons.some((t) => cognates(mineSkeleton, t))) found++;
    }
  }
  return { found, words: mine.length, distinctMissing };
}

/**
 * Enough of a text found in the other: half of its content words and at least three, or two of
 * a short text's three (two shared words of a longer sentence can be the page's topic), with
 * every number and identifier among them ("Default value is 1d-6" is not "o valor padrão é 0").
 */
const MIN_SHARE = 0.5;
const MIN_FOUND = 3;
const MIN_SHARE_OF_FEW = 0.6;
const MIN_FOUND_OF_FEW = 2;
export const covers = (c: Coverage): boolean =>
  c.distinctMissing === 0 &&
  ((c.found >= MIN_FOUND && c.found >= MIN_SHARE * c.words) || (c.found >= MIN_FOUND_OF_FEW && c.found >= MIN_SHARE_OF_FEW * c.words));

/**
 * Whether a neighbour's other side says what the lone `text` says: the aligner paired the two
 * apart (a sentence split or joined differently on each side, a label beside its description),
 * so nothing was left out of the translation. Only that way round: a lone text that holds a
 * neighbour's words may hold more ("If no window exists, the color is added…" beside "Se a cor
 * requisitada não existe…, ela é adicionada", a newer page's sentence), and the neighbour
 * usually has its own partner.
 */
export function saidBeside(text: string, lang: Lang, neighbours: readonly (string | undefined)[]): boolean {
  const otherLang: Lang = lang === "pt" ? "en" : "pt";
  return neighbours.some((n) => !!n && covers(coverage(text, lang, n, otherLang)));
}

/**
 * Whether the lone text is the tail of the previous sentence, cut off by the segmenter after an
 * abbreviation ("…as legendas das primeira, segunda, etc." + "curvas."): it opens in lower case
 * or with a bracket, and the previous text on the other side says every word of it.
 */
export function tailOfPrevious(text: string, lang: Lang, previousOther: string | undefined): boolean {
  if (!previousOther || !/^[\p{Ll}(]/u.test(text.trim())) return false;
  const c = coverage(text, lang, previousOther, lang === "pt" ? "en" : "pt");
  return c.words > 0 && c.found === c.words;
}

/**
 * Whether the lone text is the rest of a neighbouring pair that one side cut in two (a 2:1 the
 * aligner made 1:1 + 1:0, "Desta forma, você pode erguer a janela…" after the Portuguese of
 * "This dialog is useful when…: thus, you can raise the wanted image"): the neighbour's own
 * side is short for its other side, and the lone text says at least two of the other side's
 * content words that the neighbour's own side does not. A translator's addition beside a full
 * translation adds no such words, and its neighbour is not short.
 * `own` is the neighbour's text on the lone text's side, `other` its text on the other side.
 */
export function restOfNeighbour(text: string, lang: Lang, own: string | undefined, other: string | undefined, ptPerEn: number): boolean {
  if (!own?.trim() || !other?.trim()) return false;
  const otherLang: Lang = lang === "pt" ? "en" : "pt";
  // Portuguese characters per English one in the neighbour, against the document's norm.
  const ratio = lang === "pt" ? own.length / other.length : other.length / own.length;
  const short = lang === "pt" ? ratio < SHORT_FACTOR * ptPerEn : ratio > ptPerEn / SHORT_FACTOR;
  if (!short) return false;
  // The neighbour's two sides must be one pair (a translation of each other in part), not the
  // nearest text on each side of a run of unpaired segments.
  const paired = coverage(other, otherLang, own, lang);
  if (paired.words < MIN_OTHER_WORDS || paired.found < MIN_PAIRED_WORDS || paired.found < MIN_PAIRED_SHARE * paired.words) return false;
  const after = coverage(other, otherLang, `${own} ${text}`, lang).found;
  return after - paired.found >= MIN_REST_WORDS;
}
/** A neighbour whose own side is under this share of the usual length has left something to its neighbour. */
const SHORT_FACTOR = 0.9;
/** A neighbour's other side of fewer content words is a clause or a label: its length says little. */
const MIN_OTHER_WORDS = 6;
/** The neighbour's own side says at least this many of its other side's content words, and this share. */
const MIN_PAIRED_WORDS = 2;
const MIN_PAIRED_SHARE = 0.3;
/** Content words of the neighbour's other side that only the lone text says. */
const MIN_REST_WORDS = 2;

/**
 * Whether the lone text belongs to a neighbouring pair that the aligner cut one bead short: one
 * sentence of one side said in two on the other, paired 1:1 + 1:0 instead of 2:1 (GIMP "by
 * clicking on the small arrow-heads." beside "por clicar nas setinhas. Isso incrementa…", Scilab
 * "Logartimo decimal." beside "log10(x) is the element-wise base 10 logarithm…"). Two pieces of
 * evidence, both needed (development corpus, tuning half, session 7):
 * - length (Gale & Church, the aligner's own measure): the neighbour's side on the lone text's
 *   side is short for its other side by SKEWED_Z standard deviations or more, and with the lone
 *   text added it fits (FITS_Z), by GAIN_Z at least. A neighbour whose lengths agree has nothing
 *   missing, so a sentence a translation dropped beside a faithful pair stays flagged.
 * - words: the lone text says a content word of the neighbour's other side that the neighbour's
 *   own side does not (the page's topic words, said on both sides already, count for nothing),
 *   and the neighbour's two sides are one pair in part. A short sentence dropped beside a pair
 *   that is short by chance, or two versions of a page side by side, share no such word.
 * `own` is the neighbour's text on the lone text's side, `other` its text on the other side;
 * `ptPerEn` the document's Portuguese characters per English one.
 */
export function absorbedByNeighbour(text: string, lang: Lang, own: string | undefined, other: string | undefined, ptPerEn: number): boolean {
  if (!own?.trim() || !other?.trim()) return false;
  const enPerPt = 1 / ptPerEn;
  const extra = text.length + 1;
  const [pt, en] = lang === "pt" ? [own.length, other.length] : [other.length, own.length];
  // The lone text's side of the neighbour must be the short one.
  if (lang === "pt" ? en <= pt * enPerPt : en >= pt * enPerPt) return false;
  const before = lengthZ(pt, en, enPerPt);
  const after = lang === "pt" ? lengthZ(pt + extra, en, enPerPt) : lengthZ(pt, en + extra, enPerPt);
  if (before < SKEWED_Z || after > FITS_Z || after > before - GAIN_Z) return false;
  const otherLang: Lang = lang === "pt" ? "en" : "pt";
  const paired = coverage(other, otherLang, own, lang);
  if (paired.found < MIN_PAIRED_WORDS || paired.found < MIN_PAIRED_SHARE * paired.words) return false;
  return coverage(other, otherLang, `${own} ${text}`, lang).found > paired.found;
}
/** Standard deviations by which the neighbour's side must be short (a quarter of pairs are, by chance: the words decide). */
const SKEWED_Z = 0.75;
/** Within this many standard deviations with the lone text added: an ordinary pair's spread. */
const FITS_Z = 1.25;
/** And closer to the norm by this much at least. */
const GAIN_Z = 0.5;

/**
 * Whether the lone text is a clause of the neighbour's other side that one side made a sentence
 * of its own: one sentence said as two, paired 1:1 + 1:0 instead of 1:2 (KOrganizer "Um ícone com
 * uma campainha é apresentado se…" before "Um ícone com setas…" ⇄ "A bell icon is displayed if a
 * reminder is set, and a chasing-arrows icon is displayed if it repeats…"; KMag "Inicia/para a
 * atualização da área visualizada." before the pair whose English opens with "Start/Stop updating
 * of the display."; Artikulate "We differ phrases by their lengths." before "São diferenciadas
 * pelos seus tamanhos, que podem ser os seguintes"). The evidence is where the words are, not how
 * many: the clause of the neighbour's other side nearest the lone text (its first when the lone
 * text comes before, its last when after) is what the neighbour's own side does not say (at most
 * MAX_CLAUSE_OWN_SHARE of its content words, two at least), while the rest of it is, and the lone
 * text says that clause (MIN_CLAUSE_TEXT_SHARE of its words, every number and identifier). A
 * sentence dropped beside a pair leaves no clause of the pair unexplained, and a translator's
 * addition says no clause of the other side. The lone text must not push the neighbour's lengths
 * out of a translation's (by CLAUSE_SLACK_Z standard deviations at most): a long addition that
 * shares a clause's words is more than that clause.
 * `own` is the neighbour's text on the lone text's side, `other` its text on the other side;
 * `before`: the lone text comes before the neighbour.
 */
export function clauseOfNeighbour(text: string, lang: Lang, own: string | undefined, other: string | undefined, ptPerEn: number, before: boolean): boolean {
  if (!own?.trim() || !other?.trim()) return false;
  const clauses = other.split(CLAUSE_BREAK).filter((c) => /\p{L}/u.test(c));
  if (clauses.length < 2) return false;
  const otherLang: Lang = lang === "pt" ? "en" : "pt";
  const edge = before ? clauses[0]! : clauses[clauses.length - 1]!;
  const byOwn = coverage(edge, otherLang, own, lang);
  if (byOwn.words < MIN_CLAUSE_WORDS || byOwn.found > MAX_CLAUSE_OWN_SHARE * byOwn.words) return false;
  const rest = coverage((before ? clauses.slice(1) : clauses.slice(0, -1)).join(" "), otherLang, own, lang);
  if (rest.found === 0 || rest.found < MIN_REST_OWN_SHARE * rest.words) return false;
  const byText = coverage(edge, otherLang, text, lang);
  if (byText.distinctMissing > 0 || byText.found === 0 || byText.found < MIN_CLAUSE_TEXT_SHARE * byText.words) return false;
  const enPerPt = 1 / ptPerEn;
  const extra = text.length + 1;
  const [pt, en] = lang === "pt" ? [own.length, other.length] : [other.length, own.length];
  const after = lang === "pt" ? lengthZ(pt + extra, en, enPerPt) : lengthZ(pt, en + extra, enPerPt);
  return after <= lengthZ(pt, en, enPerPt) + CLAUSE_SLACK_Z;
}
/**
 * Where a sentence's clauses part: after a colon or semicolon, between sentences, at a comma, around
 * a bracketed remark. Each lone sentence's case above is one such part.
 */
const CLAUSE_BREAK = /(?<=[:;])\s+|(?<=[.!?])\s+(?=\p{Lu})|,\s+|\s+(?=\()|(?<=\))\s+/u;
/** A clause of fewer content words says too little to be missing from the neighbour's own side. */
const MIN_CLAUSE_WORDS = 2;
/** The neighbour's own side says at most this share of the clause (a third: one word of three, the topic's). */
const MAX_CLAUSE_OWN_SHARE = 0.34;
/** And at least this share of the rest of its other side (one word at least): the two are one pair in part. */
const MIN_REST_OWN_SHARE = 0.5;
/** The lone text says at least this share of the clause's content words (one at least). */
const MIN_CLAUSE_TEXT_SHARE = 0.4;
/** With the lone text added, the neighbour's lengths may be this many standard deviations further from a translation's. */
const CLAUSE_SLACK_Z = 1;

/**
 * Whether the lone text, not the neighbour's own side, is the translation of the neighbour's other
 * side: the aligner paired a stretch one sentence off (GIMP lighting: "É um filtro muito poderoso,
 * que simula uma iluminação realista…" alone beside "Você tem até opções…" ⇄ "This filter simulates
 * the effect you get when you light up a wall…"; Scilab xclick: the older page's "xclick espera pelo
 * clique do mouse…" paired with the next English). The lone text and the other side say each other
 * (the mean of the two shares of content words each finds in the other) by ONE_OFF_SHARE at least,
 * and by ONE_OFF_MARGIN more than the neighbour's two sides do. A sentence dropped or added beside a
 * faithful pair never says that pair's other side better than its own translation does.
 */
export function pairedOneOff(text: string, lang: Lang, own: string | undefined, other: string | undefined): boolean {
  if (!own?.trim() || !other?.trim()) return false;
  const otherLang: Lang = lang === "pt" ? "en" : "pt";
  const otherByText = coverage(other, otherLang, text, lang);
  if (otherByText.found < MIN_ONE_OFF_WORDS) return false;
  const mutual = (a: Coverage, b: Coverage): number => ((a.words ? a.found / a.words : 0) + (b.words ? b.found / b.words : 0)) / 2;
  const lone = mutual(otherByText, coverage(text, lang, other, otherLang));
  if (lone < ONE_OFF_SHARE) return false;
  return lone >= mutual(coverage(other, otherLang, own, lang), coverage(own, lang, other, otherLang)) + ONE_OFF_MARGIN;
}
/** Tuning half (session 7): 0.3–0.4 excused the same two false alarms and no genuine flag; an English sentence really dropped beside a loosely worded pair (GIMP Script-Fu tutorial) reached 0.35, only 0.05 above that pair. */
const ONE_OFF_SHARE = 0.35;
const ONE_OFF_MARGIN = 0.2;
const MIN_ONE_OFF_WORDS = 2;

/**
 * Whether the lone text is the "otherwise" branch of the previous sentence, which the other side
 * says within that sentence: one sentence of one side made two on the other, the second opening
 * with its alternative ("Se não, essa área fica em branco." after "… if the path is transform-locked,
 * or a blank space if it is not.", GIMP paths dialog; "Else, you will get an image sample only." after
 * "…; caso contrário, você terá apenas um pequeno pedaço", GIMP tile). An "otherwise" cannot stand
 * alone: when the previous text on the other side has its own, the branch is there; when it has none,
 * the lone branch is something left out or added, and stays flagged.
 */
export function otherwiseSaidBefore(text: string, lang: Lang, previousOther: string | undefined): boolean {
  if (!previousOther || !(lang === "pt" ? PT_OTHERWISE_OPENING : EN_OTHERWISE_OPENING).test(text)) return false;
  return (lang === "pt" ? EN_OTHERWISE : PT_OTHERWISE).test(previousOther);
}
const PT_OTHERWISE_OPENING = /^\s*(?:se\s+não|senão|caso\s+contrário|do\s+contrário)\s*,/iu;
const EN_OTHERWISE_OPENING = /^\s*(?:else|otherwise|if\s+not)\s*,/iu;
const EN_OTHERWISE = /(?<!\p{L})(?:otherwise|else|if\s+(?:it\s+is\s+|it's\s+|they\s+are\s+)?not|or\s+not)(?!\p{L})/iu;
const PT_OTHERWISE = /(?<!\p{L})(?:caso\s+contrário|do\s+contrário|senão|se\s+não\s*[,.;)])/iu;

/**
 * Whether the lone text restates the sentence before it, opening with "in other words" or "that is"
 * ("That is, if you change one of the values, the other one also changes a corresponding amount."
 * after "If the Chain … is not broken, both Width and Height keep the same relative size to each
 * other", GIMP image-resize; "Em outras palavras, é o espaço de recreio da tartaruga." after "A área
 * de desenho é a área onde os comandos…", KTurtle): it says again what that sentence says, so a
 * translation that leaves it out or adds one loses nothing of the page, as long as that sentence is
 * translated (`previousPaired`: the pair before has both sides). Tuning half (session 12): three
 * false alarms on two handbooks, no genuine flag opens so.
 */
export function restatesPrevious(text: string, lang: Lang, previousPaired: boolean): boolean {
  return previousPaired && (lang === "pt" ? PT_RESTATEMENT : EN_RESTATEMENT).test(text);
}
const PT_RESTATEMENT = /^\s*(?:(?:em|por)\s+outras\s+palavras|ou\s+seja|isto\s+é|quer\s+dizer)\s*,/iu;
const EN_RESTATEMENT = /^\s*(?:that\s+is(?:\s+to\s+say)?|in\s+other\s+words|i\.\s?e\.)\s*,/iu;
