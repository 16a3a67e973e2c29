import type { CheckInput, Flag, OmissionPassages, Speller, Spellers } from "../../types.ts";
import { flagAt, type Check, type CheckContext } from "../check.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";
import { absorbedByNeighbour, clauseOfNeighbour, otherwiseSaidBefore, pairedOneOff, restatesPrevious, restOfNeighbour, saidBeside, tailOfPrevious } from "./counterpart.ts";
import { DEFAULT_PT_PER_EN } from "./omission-length-ratio.ts";
import { isTypeDescription } from "./parameter-type.ts";
import { headingPairedOff, isSectionHeading, sameHeading } from "./section-headings.ts";
import { isTranslatorCredit } from "./translator-credits.ts";
import { asInPassage, findPassages, onePerPassage, passageKey } from "./passages.ts";
import { pairedElsewhere } from "./paired-elsewhere.ts";
import { asLoneBlock, asLoneBlockFlags, isLoneBlockFlag, loneBlockPairs, standsAsBlock } from "./lone-block.ts";

type Side = "pt" | "en";

/** Which side a 1-0 or 0-1 pair has text on (a Portuguese side of punctuation alone is no addition). */
function sideOf(pair: CheckInput): Side | undefined {
  if (pair.en === undefined) return undefined;
  const pt = pair.pt.trim();
  const en = pair.en.trim();
  if (!pt && en) return "en";
  if (pt && !en && /\p{L}/u.test(pt)) return "pt";
  return undefined;
}

const textOf = (pair: CheckInput, side: Side): string => (side === "pt" ? pair.pt : pair.en ?? "").trim();

/** A name of code rather than a word: "user_data:", "xs2ps", "plot3d()". */
const CODE_NAME = /[_\d()[\]=$%.]/u;

/**
 * Whether the lone text is something an aligner leaves unpaired without anything being left
 * out: code (the example differs by a line between versions of a page, or the aligner paired
 * it one line off), or a single token that is a name of code or no word of its language (the
 * function names of a "see also" list, a definition list's term).
 */
function isLiteral(text: string, speller: Speller | undefined, english: Speller | undefined, side: Side): boolean {
  if (looksLikeCode(text) || ROFF_REQUEST.test(text) || COMMAND_LINE.test(text) || ENTRY.test(text) || CAPTION_NUMBER.test(text) || FORMULA.test(text) || symbolLine(text) || tableRow(text) || namesLine(text) || isTypeDescription(text, side)) return true;
  const token = text.replace(/[:;,.]+$/u, "");
  if (/\s/u.test(token)) return false;
  if (CODE_NAME.test(token) || token.length <= MAX_PARAMETER_CHARS) return true;
  // A Portuguese page's lone "for", "set", "pause": a keyword or function of the program, which is English.
  if (side === "pt" && /^[a-z]+$/u.test(token) && english?.correct(token)) return true;
  return speller !== undefined && !speller.correct(token) && !speller.correct(token.toLowerCase());
}

/**
 * A reference page's "name — what it does" entry ("parulacolormap — blue to yellow colormap",
 * "&, && — Binary AND"): an item of a "see also" list, which follows the page's version.
 */
const ENTRY = /^\s*(?:\S+\s){0,2}\S+ — \S/u;
/** An equation on its own line, a few symbols equal to one term ("Fs inverse = Ns/d"): a formula of the page's version. */
const FORMULA = /^\s*[\p{L}\p{N}_^.()-]+(?:\s[\p{L}\p{N}_^.()-]+)?\s=\s[^\s=]+\s*$/u;
/**
 * A line of symbols with at most one word standing alone ("z= zmin + (1:nz)*(zmax-zmin)/(nz+1)",
 * "./configure $(confflags)"): a formula or a command of the page's example, quoted, not translated.
 */
const CODE_SYMBOL = /[=+*/^()[\]{}$<>|&;\\]/gu;
const MIN_CODE_SYMBOLS = 3;
const MAX_LOOSE_WORDS = 1;
const symbolLine = (text: string): boolean =>
  (text.match(CODE_SYMBOL)?.length ?? 0) >= MIN_CODE_SYMBOLS && text.split(/\s+/u).filter((t) => /^\p{L}{2,}[,.;:]?$/u.test(t)).length <= MAX_LOOSE_WORDS;
/**
 * A line of people's names, as an "Authors" section lists them ("Amos, D. E., (SNLA)", "Robert J.
 * Renka", "B. Pincon (interface do Scilab)"): names are not translated, and a page's version
 * lists its own. Two capitalised names or initials at least, one of them an initial (a heading in
 * capitals, "COMANDOS DO DEBHELPER", has none); only "e", "and", "&" and particles between.
 */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|e|and|&|de|da|do|dos|van|von|der|le|la)$/u;
const MIN_NAMES = 2;
const MAX_NAME_TOKENS = 10;
function namesLine(text: string): boolean {
  const tokens = text.replace(/\([^()]*(?:\([^()]*\)[^()]*)*\)/gu, " ").split(/[\s,;]+/u).filter(Boolean);
  if (tokens.length > MAX_NAME_TOKENS || !tokens.every((t) => NAME_TOKEN.test(t))) return false;
  // An initial, or the author's e-mail address ("Julianne Frances Haugh (jfh@tab.com)", passwd groupadd's AUTHOR).
  return tokens.filter((t) => /^\p{Lu}/u.test(t)).length >= MIN_NAMES && (tokens.some((t) => /^(?:\p{Lu}\.)+$|^\p{Lu}\.\p{Lu}/u.test(t)) || EMAIL.test(text));
}
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
/**
 * A line of roff source, as a man page shows it in an example (".SH NAME foo \\- programa para fazer
 * alguma coisa", ".Sh NAME .Nm foo", man-db lexgrog): a request opens it, a dot and one or two letters.
 * No sentence of prose opens with a dot.
 */
const ROFF_REQUEST = /^\s*\.[A-Za-z]{1,2}(?:\s|$)/u;
/**
 * A line of a program's example: a command and its argument, a figure or a variable ("paratrás 30",
 * "avancar 20", "declara $entrada", "assert $valor": KTurtle's handbooks, whose older example has a
 * line more). A word and a figure alone is no sentence left out ("Capítulo 3" is a heading).
 */
const COMMAND_LINE = /^\s*\p{L}[\p{L}\d_]*(?:\s+(?:-?\d+(?:[.,]\d+)?|\$[\p{L}\d_]+))+\s*$/u;
/**
 * A table's row of figures, its columns set apart by runs of spaces ("-0       3 MiB          N/D",
 * xz.1's preset table): figures in at least half of its cells, which a version of the page has
 * or has not, nothing translated.
 */
const MIN_COLUMN_GAPS = 2;
const tableRow = (text: string): boolean => {
  if ((text.match(/\S {2,}(?=\S)/gu)?.length ?? 0) < MIN_COLUMN_GAPS) return false;
  const cells = text.trim().split(/\s+/u);
  return cells.filter((c) => /\d/u.test(c)).length * 2 >= cells.length;
};
const LINK_NOTE = /^\s*\d{1,2}\.\s+\S[^.!?]*$/u;
const URL_LINE = /^\s*(?:https?|ftp):\/\/\S+\s*$/u;
/** A caption's number the segmenter cut from its caption ("Figure 3.10." before "The Shear tool"). */
const CAPTION_NUMBER = /^\s*(?:Figure|Figura|Table|Tabela|Quadro|Example|Exemplo|Procedure|Procedimento)\s+[\w.-]+\.?\s*$/u;
/** A definition list's parameter ("x", "d", "rp"): a name of the program, not a word. */
const MAX_PARAMETER_CHARS = 2;

/** An English heading of fewer words ("Syntax", "See also") left alone: its Portuguese is the page's own heading, paired elsewhere or merged. */
const MIN_ENGLISH_WORDS = 3;
/**
 * A definition list's term of a few words ("Navigation Control:", "Learning Manual:"): the
 * Portuguese writes its term and description as one line, which the aligner pairs with the description.
 */
const MIN_ENGLISH_TERM_WORDS = 5;
/**
 * A title of a few words, capitalised and with no stop ("Graphics entities organization" over a
 * newer page's example, GIMP's option "Use “Dot for dot” by default"): a heading or an option's
 * label the aligner paired apart from its Portuguese, or the title of a newer page's section,
 * whose sentences are flagged on their own (session 6, tuning half: 2 false alarms, no genuine).
 */
const MAX_TITLE_WORDS = 6;
const isEnglishHeading = (text: string): boolean => {
  const n = text.match(/\p{L}+/gu)?.length ?? 0;
  // A sentence in brackets or quotes ends with its stop inside them: "(Cf. The triangle color selector.)".
  if (!/[.!?:;,]$/u.test(text.replace(/[)\]"”’»]+$/u, "")) && (n < MIN_ENGLISH_WORDS || (n <= MAX_TITLE_WORDS && /^\P{L}*\p{Lu}/u.test(text)))) return true;
  return /\p{L}:$/u.test(text) && n < MIN_ENGLISH_TERM_WORDS;
};

/** A Portuguese label of fewer than MIN_ENGLISH_TERM_WORDS words ending in a colon (psmisc pstree, po4a, Scilab intsplin: session 8, tuning half). */
const isLeadIn = (text: string): boolean => /\p{L}\s?:$/u.test(text) && (text.match(/\p{L}+/gu)?.length ?? 0) < MIN_ENGLISH_TERM_WORDS;

/**
 * A list item that opens with a label both pages keep as it is, the name of a manual or a
 * section ("Notation: Como a parte mais importante…", "Glossary: (optional reading)…"), whose
 * label stands on the neighbour's other side as a label ("Notation: syntax reference.") or a link
 * ("(detalhes de Glossary)"): the item is on both sides, worded otherwise and paired apart by the
 * aligner (LilyPond web-manuals).
 */
const ITEM_LABEL = /^\s*(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?):\s/u;
function sameItemLabel(text: string, others: readonly (string | undefined)[]): boolean {
  const label = ITEM_LABEL.exec(text)?.[1];
  if (!label) return false;
  const there = new RegExp(`(?:^|[\\s(])${label}[:)]`, "u");
  return others.some((o) => o !== undefined && there.test(o));
}

/**
 * Whether the lone text's counterpart is a neighbour's other side: the aligner paired the two
 * apart (a sentence cut differently on each side, a heading one pair away from its English), so
 * the translation left nothing out. The neighbours are the nearest pairs with text on the other side.
 */
function pairedApart(pair: CheckInput, side: Side, text: string, ptPerEn: number): boolean {
  if (sameItemLabel(text, side === "pt" ? [pair.prevEn, pair.nextEn] : [pair.prevPt, pair.nextPt])) return true;
  if (absorbedBeside(pair, side, text, ptPerEn)) return true;
  if (restatesPrevious(text, side, pair.prevOneSided === undefined && !!pair.prevPt?.trim() && !!pair.prevEn?.trim())) return true;
  if (side === "pt") {
    return sameHeading(text, pair.prevEn) || sameHeading(text, pair.nextEn) || saidBeside(text, "pt", [pair.prevEn, pair.nextEn]) || tailOfPrevious(text, "pt", pair.prevEn) || otherwiseSaidBefore(text, "pt", pair.prevEn) ||
      restOfNeighbour(text, "pt", pair.prevPt, pair.prevEn, ptPerEn) || restOfNeighbour(text, "pt", pair.nextPt, pair.nextEn, ptPerEn) ||
      headingPairedOff("pt", pair.nextPt, pair.nextEn);
  }
  return (pair.prevPt !== undefined && sameHeading(pair.prevPt, text)) || (pair.nextPt !== undefined && sameHeading(pair.nextPt, text)) ||
    // No rest-of-neighbour test on this side: on the tuning half it excused no false alarm and hid a genuinely dropped English sentence (Scilab evstr).
    saidBeside(text, "en", [pair.prevPt, pair.nextPt]) || tailOfPrevious(text, "en", pair.prevPt) || otherwiseSaidBefore(text, "en", pair.prevPt) ||
    headingPairedOff("en", pair.nextPt, pair.nextEn);
}

/**
 * Whether a neighbouring pair of both sides holds the lone text's counterpart: it takes the lone
 * text in (absorbedByNeighbour, a 2:1 made 1:1 + 1:0; clauseOfNeighbour, the lone text a clause of
 * its other side), or its other side is the lone text's translation (pairedOneOff, a stretch paired
 * one off). The pair just before or after, when it has
 * both sides (a one-sided neighbour is no pair).
 */
function absorbedBeside(pair: CheckInput, side: Side, text: string, ptPerEn: number): boolean {
  const neighbours = [[pair.prevOneSided, pair.prevPt, pair.prevEn, false], [pair.nextOneSided, pair.nextPt, pair.nextEn, true]] as const;
  return neighbours.some(([oneSided, pt, en, before]) => {
    if (oneSided !== undefined) return false;
    const [own, other] = side === "pt" ? [pt, en] : [en, pt];
    return absorbedByNeighbour(text, side, own, other, ptPerEn) || clauseOfNeighbour(text, side, own, other, ptPerEn, before) || pairedOneOff(text, side, own, other);
  });
}

/**
 * A note that the text is still to be written ("(Ainda a ser escrito)", "// TODO", "FIXME", "(to be
 * written)"): a placeholder, no content. One on each side, the aligner pairing them apart (GIMP
 * plug-in-cml-explorer: "(Ainda a ser escrito)" against the English's "// TODO"), leaves nothing out.
 */
const PLACEHOLDER = /^\s*(?:\/\/|#|\/\*)?\s*[([]?\s*(?:(?:ainda\s+)?(?:a|por)\s+(?:ser\s+)?(?:escrever|escrit[oa]|fazer|completar)|to\s*do|todo|fixme|tbd|xxx|to\s+be\s+(?:written|done|completed))\s*[)\]]?[.:!]*\s*(?:\*\/)?\s*$/iu;
const isPlaceholder = (text: string | undefined): boolean => text !== undefined && PLACEHOLDER.test(text);
/** A placeholder whose neighbour on the other side is a placeholder too. */
const placeholderAgainstPlaceholder = (pair: CheckInput, side: Side, text: string): boolean =>
  isPlaceholder(text) && (side === "pt" ? [pair.prevEn, pair.nextEn] : [pair.prevPt, pair.nextPt]).some(isPlaceholder);

/**
 * The lone English right beside a lone Portuguese (the pair just before or after has English
 * alone), when that English is prose the check reports on its own: the two are one difference
 * (a sentence reworded on one side, or two renderings the aligner left apart), so the English
 * side carries the one finding and the Portuguese is not flagged a second time.
 */
function orphanEnglishBeside(pair: CheckInput, context: CheckContext): string | undefined {
  for (const [beside, en] of [[pair.prevOneSided, pair.prevEn], [pair.nextOneSided, pair.nextEn]] as const) {
    if (beside !== "en" || en === undefined) continue;
    const text = en.trim();
    if (!text || isPlaceholder(text) || isEnglishHeading(text) || isLiteral(text, context.spellers.en, context.spellers.en, "en")) continue;
    return text;
  }
  return undefined;
}

const quote = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function flagSide(check: Check, pair: CheckInput, side: Side, context: CheckContext): Flag[] {
  const text = textOf(pair, side);
  if (placeholderAgainstPlaceholder(pair, side, text)) return [];
  if (isLiteral(text, side === "pt" ? context.spellers.pt : context.spellers.en, context.spellers.en, side)) return [];
  if (side === "en" && isEnglishHeading(text)) return [];
  // A reference page's section heading alone ("Ver Também", "Autores"): the page's structure; the lines under it speak for themselves.
  if (side === "pt" && isSectionHeading(text)) return [];
  // A lead-in of a few words before what it introduces ("Por exemplo:", "Argumentos obrigatórios:", "Computa :"), as
  // an English definition term is (isEnglishHeading): a label with no content of its own; what follows it is checked.
  if (side === "pt" && isLeadIn(text)) return [];
  // The translators' own section of a man page: added on purpose, with no English to leave out.
  if (side === "pt" && isTranslatorCredit(text, pair.prevPt)) return [];
  if (pairedApart(pair, side, text, context.document?.lengthRatio ?? DEFAULT_PT_PER_EN)) return [];
  // A man page's numbered note naming a link, its URL on the next line ("1. página de bugs do APT"): a link list of the page's version.
  if (LINK_NOTE.test(text) && URL_LINE.test((side === "pt" ? pair.nextPt : undefined) ?? "")) return [];
  if (side === "en") {
    const rewrite = pair.prevOneSided === "pt" || pair.nextOneSided === "pt";
    return [flagAt(check, pair.pt, 0, 0, `This English was not translated: "${quote(text)}"${rewrite ? " (the Portuguese beside it has no English either: reworded, or saying something else)" : ""}`)];
  }
  if (orphanEnglishBeside(pair, context) !== undefined) return [];
  const start = pair.pt.indexOf(text);
  const flag = flagAt(check, pair.pt, start, start + text.length, "This Portuguese has no English counterpart: an addition, or page furniture.");
  // A whole block of Portuguese with no English in it: most often another version's block, or one paired apart (lone-block.ts).
  return [standsAsBlock(pair) ? asLoneBlock(flag) : flag];
}

/** What the document knows of its one-sided pairs, by their passage keys (passages.ts). */
interface Excused {
  /** Their text has a counterpart in another pair (paired-elsewhere.ts): no omission. */
  elsewhere: ReadonlySet<string>;
  /** They make up a block of their own of several pairs (lone-block.ts): flagged with low confidence. */
  loneBlocks: ReadonlySet<string>;
}

/**
 * The pair's flags, sentence by sentence (before passages are made one finding), with what the
 * document knows of it when the document is known (`excused`).
 */
function pairFlags(check: Check, pair: CheckInput, context: CheckContext, excused: Excused | undefined): Flag[] {
  // `en` undefined: the document has no English at all, so nothing is missing.
  const side = sideOf(pair);
  if (!side) return [];
  const key = excused && passageKey(pair, side);
  if (key && excused.elsewhere.has(key)) return [];
  const flags = flagSide(check, pair, side, context);
  return key && excused.loneBlocks.has(key) ? asLoneBlockFlags(flags) : flags;
}

/**
 * Every pair's flags in a document pass, sentence by sentence, and the pairs excused by the document:
 * the Portuguese pairs of a whole block with no English (lone-block.ts), and those the counterpart
 * search finds (it looks only for the sentences the pair-by-pair rules flag: paired-elsewhere.ts).
 */
function documentPairFlags(check: Check, pairs: readonly CheckInput[], context: CheckContext): { flags: Flag[][]; elsewhere: string[]; loneBlocks: string[] } {
  const flags = pairs.map((p) => pairFlags(check, p, context, undefined));
  const loneBlocks: string[] = [];
  for (const k of loneBlockPairs(pairs)) {
    if (!flags[k]?.length || sideOf(pairs[k]!) !== "pt") continue;
    loneBlocks.push(passageKey(pairs[k]!, "pt"));
    flags[k] = asLoneBlockFlags(flags[k]!);
  }
  // The counterpart search looks for the sentences flagged as shown findings only: a lone block's pairs keep their low-confidence flag.
  const flagged: number[] = [];
  flags.forEach((f, k) => { if (f.length && !f.every(isLoneBlockFlag)) flagged.push(k); });
  const elsewhere = flagged.length ? pairedElsewhere(pairs, flagged) : [];
  if (!elsewhere.length) return { flags, elsewhere, loneBlocks };
  const set = new Set(elsewhere);
  for (const k of flagged) {
    const side = sideOf(pairs[k]!);
    if (side && set.has(passageKey(pairs[k]!, side))) flags[k] = [];
  }
  return { flags, elsewhere, loneBlocks };
}

/** Remembered per document context, so a document's pairs re-checked one by one build the sets once. */
const excusedSets = new WeakMap<object, Excused>();
function excusedOf(context: CheckContext): Excused | undefined {
  const document = context.document;
  if (!document?.pairedElsewhere && !document?.omissionLoneBlocks) return undefined;
  let sets = excusedSets.get(document);
  if (!sets) excusedSets.set(document, (sets = { elsewhere: new Set(document.pairedElsewhere ?? []), loneBlocks: new Set(document.omissionLoneBlocks ?? []) }));
  return sets;
}

/**
 * A 1-0 or 0-1 pair: one side has text the other lacks. It looks at the pair and the neighbours
 * its input carries (prevPt/nextPt, prevEn/nextEn), which a reviewer's edit, merge or split
 * reads as the whole-document pass does: a re-check of one pair must agree with the document's.
 * A run of such pairs is one passage, reported once (passages.ts); a pair checked alone learns its
 * passage from the document's context (`omissionPassages`).
 */
export const omissionEmptySide: Check<"omission-empty-side"> = {
  id: "omission-empty-side",
  family: "omission",
  severity: "warning",
  name: "No partner on one side",
  description: "English with no Portuguese (an omission) or Portuguese with no English (an addition); a passage of several sentences is reported once.",
  run(pair, context) {
    return asInPassage(pair, pairFlags(this, pair, context, excusedOf(context)), context.document?.omissionPassages);
  },
  runDocument(pairs, context) {
    return { pairFlags: onePerPassage(pairs, documentPairFlags(this, pairs, context).flags), documentFlags: [] };
  },
};

/**
 * The passages of a document's pairs, for its context (documentContext): what the document pass
 * finds, with the spellers the checks get (`spellers` as the check context holds them). As in the
 * document pass (checkDocument is given no document context), lengths are judged by the default
 * ratio: the document's own would excuse a dropped English sentence of Scilab evstr (tuning half).
 */
export function omissionPassages(pairs: readonly CheckInput[], spellers: Spellers): OmissionPassages & { pairedElsewhere: string[]; loneBlocks: string[] } {
  const context: CheckContext = { variant: "pt-BR", terms: [], spellers };
  const { flags, elsewhere, loneBlocks } = documentPairFlags(omissionEmptySide, pairs, context);
  return { ...findPassages(pairs, flags), pairedElsewhere: elsewhere, loneBlocks };
}
