import abbreviations from "../../segment/abbreviations.json" with { type: "json" };
import { abbreviationAlternatives } from "../../segment/abbreviation-alternatives.ts";
import { isLower } from "../text/words.ts";
import { execAll } from "../text/exec-all.ts";
import { isInsideLiteral, literalSpans } from "../../normalize/literal-spans.ts";
import { PassMemo } from "../../document-pass.ts";

/** The first letter of a sentence inside `text`, and whether the sentence may start in lower case. */
export interface SentenceStart {
  offset: number;
  word: string;
}

// Abbreviations after which a lower-case word continues the same sentence: the segmenter's list (its data file), so a
// stop the segmenter does not break at ("Fig. o diálogo", "cap. sobre", "et al. mostram", "approx. três") is no sentence
// end here either; plus a few of the check's own ("Jr." ends a name, "Debian Jr. é"; "p.e." abbreviates "por exemplo").
// The English-only ones (months, titles: "Mar.", "Sen.", "Col.") only as English writes them, with their capital: "no mar. a
// cidade" and "sen. o seno" end Portuguese sentences.
const ANY_CASE = [...abbreviations.shared, ...abbreviations.pt, ...abbreviations.mayEndSentence, "p.e", "sr", "sra", "jr", "dr", "dra", "n°", "v"];
const ABBREVIATIONS_ANY_CASE = new RegExp(`(?:^|[\\s(])(?:${abbreviationAlternatives(ANY_CASE)})\\.$`, "iu");
const ABBREVIATIONS_CAPITALISED = new RegExp(`(?:^|[\\s(])(?:${abbreviationAlternatives(abbreviations.en.filter((a) => /^\p{Lu}/u.test(a)))})\\.$`, "u");
const ABBREVIATIONS = { test: (text: string): boolean => ABBREVIATIONS_ANY_CASE.test(text) || ABBREVIATIONS_CAPITALISED.test(text) };

/**
 * Whether `text` ends with an abbreviation's stop ("etc.", "p.ex."): the segmenter may have cut there, mid-sentence.
 * Also inside a bracket or quotation it closes ("( +, *, -, ^, etc.) ¶ não são definidas").
 */
export const endsWithAbbreviation = (text: string): boolean => ABBREVIATIONS.test(text.trimEnd().replace(/(?<=\.)[)\]"”’»]+$/u, "").slice(-TAIL));

/** An initial of a name ("Annie M.G. publicado"): a capital alone before the stop, after a space or another initial. */
const INITIAL = /(?:^|[\s.(])\p{Lu}\.$/u;

const NEXT_START = /[\p{L}\p{N})"”][.!?]\s+(?:\((?=[^()]*[.!?]\)))?(\p{L}[\p{L}\p{N}]*)/gu;
const STOP_SPACE = /[.!?]\s/u;
// Inside a line only: "1. é difícil" opening a line is a list item, and its sentence starts after the number.
const NUMBERED = /\S[^\S\n]+\(?\d+(?:\.\d+)*\.$/u;

/** Characters before a stop that the abbreviation pattern can reach: "(aprox." is 7. */
const TAIL = 12;

/** Words that begin with a lower-case letter by design: "iPhone", "o3", "eBay", "a16z". */
const lowerByDesign = (word: string): boolean => /\p{N}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);

// A parenthesis may open in lower case, and a hyphen glued to a word is an option ("-a, --thorough"), not a bullet.
// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
// A parenthesis may open in lower case, and a hyphen glued to a word is an option ("-a, --thorough"), not a bullet.
// A parenthesis that holds a whole sentence, its stop inside ("(However, GIMP does support … .)"), opens with a capital.
const FIRST_WORD = /^(?:[\s"“'‘*–—·•]|-(?=\s)|\((?=[^()]*[.!?]\)))*(\p{L}[\p{L}\p{N}]*)/u;

/** Every text's starts during a document pass: the lower-case document check reads each pair twice, the sentence-start check once more. */
const passStarts = new PassMemo<string, readonly SentenceStart[]>();

/** Sentence starts in `text`: its own start, and every letter after ". ", "! " or "? ". Shared: read-only. */
export function sentenceStarts(text: string): readonly SentenceStart[] {
  const known = passStarts.get(text);
  if (known) return known;
  const found = startsOf(text);
  passStarts.set(text, found);
  return found;
}

function startsOf(text: string): SentenceStart[] {
  const out: SentenceStart[] = [];
  const first = FIRST_WORD.exec(text);
  if (first?.[1]) out.push({ offset: first[0].length - first[1].length, word: first[1] });
  // Every later start follows a stop and a space: most pairs are one sentence and have none.
  if (!STOP_SPACE.test(text)) return out;
  const literals = literalSpans(text);
  for (const m of execAll(NEXT_START, text)) {
    // The stop belongs to literal material ("i.e. programas", "Ltd. e", "www.gimp.org. depois" is rare): no sentence ends there.
    if (literals.length && isInsideLiteral(literals, m.index + 1)) continue;
    // The abbreviation pattern is anchored at the end and at most 8 characters long: its tail is enough.
    const before = text.slice(Math.max(0, m.index + 2 - TAIL), m.index + 2);
    if (ABBREVIATIONS.test(before) || INITIAL.test(before)) continue;
    // A number before the stop numbers an item inside a line ("com 1. azul; 2. vermelho", "Figura 15.7. o diálogo"): no sentence ended.
    if (NUMBERED.test(before)) continue;
    out.push({ offset: m.index + m[0].length - m[1]!.length, word: m[1]! });
  }
  return out;
}

/** Sentence starts in lower case that are not names or codes written that way on purpose. */
export function lowercaseStarts(text: string): SentenceStart[] {
  return sentenceStarts(text).filter((s) => isLower(s.word[0]!) && !lowerByDesign(s.word));
}
