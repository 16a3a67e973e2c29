import type { CheckInput, Flag, Speller } from "../../types.ts";
import { literalSpans, type LiteralKind } from "../../normalize/literal-spans.ts";
import { flagAt, type Check } from "../check.ts";
import { words } from "../text/words.ts";
import { execAll } from "../text/exec-all.ts";
import { looksLikeCode } from "../text/looks-like-code.ts";

/** A fragment shorter than this is a heading or a label, which ends without punctuation by design. */
const MIN_FRAGMENT_WORDS = 6;

// A paragraph break after a word or comma, then a lower-case letter: the page cut a sentence.
// A semicolon before a break ends a list item, which may go on in lower case.
const INNER_BREAK = /[\p{L}\p{N},]([ \t]*\n[ \t]*(?:\n[ \t]*)+)(\p{Ll}|\[)/gu;
const OPEN_END = /[\p{L}\p{N},]$/u;
// The last mark before trailing space, read from the end: an unanchored pattern would start at every offset.
// Two code units, so a letter outside the BMP is still one letter.
const endsOpen = (text: string): boolean => OPEN_END.test(text.trimEnd().slice(-2));
// Words no Portuguese sentence ends with: a paragraph ending on one was cut, however short it is.
const NEVER_LAST = new Set("um uma o a os as de da do das dos em no na nos nas para com como e ou que por pelo pela ao à aos às seu sua seus suas entre sem sobre".split(" "));
const STARTS_LOWER = /^\s*\p{Ll}/u;
// A speaker label or a heading's colon starts a new block even in lower case ("noé smith:").
const LABEL = /^\s*[^.!?\n]{1,40}:\s*$/u;

/**
 * A fragment this short is cut when what follows opens on an article or a preposition ("A razão
 * para esta alteração" / "de evitar…"): no heading is followed by one.
 */
const MIN_FRAGMENT_BEFORE_FUNCTION_WORD = 4;
const minFragment = (after: string): number =>
  NEVER_LAST.has(/^\s*(\p{L}+)/u.exec(after)?.[1] ?? "") ? MIN_FRAGMENT_BEFORE_FUNCTION_WORD : MIN_FRAGMENT_WORDS;

/** Fewer words than this on the next line, with no stop, make a term or a label, not the rest of a sentence. */
const MIN_GOES_ON_WORDS = 3;
// Reference pages and man pages: a "name — what it does" entry, a breadcrumb, columns of a table.
const ENTRY = /^\s*[\p{L}\p{N}_.,%]+ — /u;
const BREADCRUMB = / >>? .* > /u;
const COLUMNS = /\S {3,}\S/u;
/** Cells of a table row written out with bars ("dpkg | V:935 | 6.5 | sistema de…"): the row opens no sentence's rest. */
const TABLE_ROW = /\S \| \S.* \| \S/u;
/** Cells parted by tabs ("pacote\tpopcon\ttamanho\tdescrição"), as a table pasted from a page or a terminal is: a row too. */
const TAB_ROW = /\S\t+\S/u;
/**
 * The next pair is the next line of this one's block (one line break between them, no blank line): a table's next row
 * ("carga elevada, discos ocupados | iostat -x, iotop" above "pouca memória livre | free -h"), an output's next line
 * ("Pass 5: Checking group summary information" above "dados: 11/61054976 files"), a listing's. A page break ends a
 * paragraph, so the text it cut goes on after a blank line; within a block, lines end open and open in lower case by layout.
 */
const nextLineOfBlock = (pair: CheckInput): boolean => pair.gapAfter !== undefined && /^[ \t]*\n[ \t]*$/u.test(pair.gapAfter);
/** A numbered caption ("Tabela 2.1. Lista de ferramentas", "Figure 3. …"): a title, open by design, over what it captions. */
const CAPTION = /^\s*(?:Tabela|Figura|Exemplo|Quadro|Listagem|Procedimento|Table|Figure|Example|Listing|Procedure)\s+\p{N}+(?:\.\p{N}+)*\.?\s/u;
/**
 * A numbered section's heading ("17.1. Ferramentas de processamento de texto", "3.2 Serviços"): a dotted section number,
 * a capital, no stop to the line's end. A reference manual titles every section so; the title is open by design, as a
 * caption is. (A list's item, "1. Abra o arquivo e", has one number: a page break may cut it.)
 */
const SECTION_HEADING = /^\s*\p{N}+(?:\.\p{N}+)+\.?\s+\p{Lu}[^.!?]*$/u;
/** Literals that open a code line or a definition term, not a sentence's rest (a menu path may: "de imagem em Visualizar → Zoom"). */
const OPENING_LITERALS: ReadonlySet<LiteralKind> = new Set(["code", "command", "option", "path", "file", "url", "email"]);
/** How much of the next line tells code from prose. */
const OPENING_CHARS = 40;

/**
 * Whether what follows the break reads as the rest of a sentence: not a definition list's term
 * ("phi", "x, y"), a command ("info grep"), code, or a line that opens on a word the Portuguese
 * dictionary does not know (an option name, "exec Mostra informações…"). Help and man pages
 * introduce each of them with an open line; a cut sentence goes on in Portuguese words.
 */
function goesOn(after: string, speller: Speller | undefined): boolean {
  const line = after.trimStart().split("\n", 1)[0] ?? "";
  const ws = words(line);
  if (ws.length < MIN_GOES_ON_WORDS && !/[.!?]\s*$/u.test(line)) return false;
  const first = ws[0]?.text;
  // A "term — what it does" entry is a definition list's, even when its term is a one-letter word: a key list's
  // "e — edita a entrada", "a — acrescenta texto" (a key, not the conjunction or the article: no sentence goes on with a dash).
  if (ENTRY.test(line)) return false;
  // An article or a preposition opens the rest of a sentence, however many names of code follow it ("o gcc injeta…").
  if (first && NEVER_LAST.has(first)) return true;
  // Code, or a line opening on a command, option or path; a sentence that goes on may name them further along.
  if (TABLE_ROW.test(line) || TAB_ROW.test(line) || (looksLikeCode(line) && looksLikeCode(line.slice(0, OPENING_CHARS)))) return false;
  if (literalSpans(line).some((s) => s.start === 0 && OPENING_LITERALS.has(s.kind))) return false;
  return !(speller && first && /^\p{Ll}+$/u.test(first) && !speller.correct(first));
}

/** A line laid out by structure rather than prose (a breadcrumb, a table row, a caption): it ends open by design. */
const structural = (text: string): boolean => {
  const line = text.trimEnd().split("\n").pop() ?? "";
  return BREADCRUMB.test(line) || COLUMNS.test(line) || CAPTION.test(line) || SECTION_HEADING.test(line);
};

const lastWordBefore = (text: string, offset: number): { start: number; end: number } | undefined =>
  words(text.slice(0, offset)).at(-1);

/**
 * A fragment this short is cut when the English vouches for one sentence there: the pair's English
 * is one closed paragraph (so a Portuguese paragraph break inside the pair is not the original's
 * shape), or the fragment has no English of its own while the next pair's English opens a sentence
 * where the Portuguese goes on in lower case ("Se você não consegue pensar" / "numa descrição
 * longa…" beside "If you can't think up a long description…"). No heading of the original stands there.
 */
const MIN_FRAGMENT_ENGLISH_VOUCHES = 3;
const STARTS_UPPER = /^\s*[\p{Lu}\p{N}]/u;

/**
 * Whether the English breaks where the Portuguese does, and goes on in lower case too: the pair's English is a block
 * of its own and the next pair, English and Portuguese both, opens in lower case ("There are seven selection tools:" ¶
 * "the Rectangle Select;", "…searches the descriptions for instances of keyword." ¶ "keyword is usually…", "…an
 * array of ASCII codes." ¶ "st1, st2, st3"). The original lays out a list or a definition there; a page break cuts
 * one English block, which the Portuguese then lacks the rest of at the next pair (left alone, or beside other English).
 */
function englishGoesOnInLowerCase(pair: CheckInput): boolean {
  return pair.en !== undefined && pair.en.trim() !== "" && pair.nextOneSided === undefined && pair.nextEn !== undefined && STARTS_LOWER.test(pair.nextEn);
}

/**
 * A paragraph of one capital letter ("A" above "matriz quadrada esparsa", an appendix's "A") is a symbol: a variable,
 * a matrix, an appendix or a key named, heading what follows. It is no article opening a sentence that a page break cut
 * after its first word, though "a" is a word no Portuguese sentence ends on (Scilab's parameter lists).
 */
const SYMBOL_ALONE = /^\s*\p{Lu}\s*$/u;
const symbolAlone = (pt: string): boolean => SYMBOL_ALONE.test(pt);

export const brokenPageBreak: Check<"broken-page-break"> = {
  id: "broken-page-break",
  family: "broken",
  severity: "warning",
  name: "Sentence cut by a page break",
  description: "A paragraph ends mid-sentence and the next one continues it in lower case: a page break of the source cut the sentence.",
  run(pair, context) {
    const flags: Flag[] = [];
    const speller = context.spellers.pt;
    // The English ends the same way without punctuation, or breaks where the Portuguese does: a list
    // item, a term of a definition list, a heading — the original's shape, not a page break.
    const english = pair.en?.trim();
    if (english && /\n\s*\n/u.test(english)) return flags;
    // An English that ends open (a list item, a definition) explains a Portuguese that does, and a break
    // inside the pair only where a word no sentence ends on shows the cut.
    const englishOpen = english !== undefined && english !== "" && endsOpen(english);
    // Breaks the segmenter repaired sit inside the pair's text.
    if (pair.pt.includes("\n")) for (const m of execAll(INNER_BREAK, pair.pt)) {
      const w = lastWordBefore(pair.pt, m.index + 1);
      // A short paragraph before the break ("notícias") is a heading, not half a sentence.
      const paragraph = pair.pt.slice(0, m.index + 1).split(/\n[ \t]*\n/u).pop() ?? "";
      const cut = w !== undefined && NEVER_LAST.has(pair.pt.slice(w.start, w.end).toLowerCase());
      if (englishOpen && !cut) continue;
      // After the break a link ("[Tony Stark](#)") counts only when the fragment is cut for sure.
      if (m[2] === "[" && !cut) continue;
      const rest = pair.pt.slice(m.index + m[1]!.length + 1);
      if (!cut && (structural(paragraph) || !goesOn(rest, speller))) continue;
      // One closed English paragraph for the pair: the Portuguese break inside it is no heading's.
      const min = english && !englishOpen ? Math.min(MIN_FRAGMENT_ENGLISH_VOUCHES, minFragment(rest)) : minFragment(rest);
      if (w && (cut || words(paragraph).length >= min)) flags.push(flagAt(this, pair.pt, w.start, w.end, "A page break cut this sentence: join it with the next line.", undefined));
    }
    // Breaks it could not repair end this pair and start the next one.
    const next = pair.nextPt;
    if (!englishOpen && !englishGoesOnInLowerCase(pair) && next !== undefined && STARTS_LOWER.test(next) && endsOpen(pair.pt) && !LABEL.test(next) && !/\n\s*\n\s*$/u.test(pair.pt) && !structural(pair.pt) && !nextLineOfBlock(pair) && goesOn(next, speller)) {
      const ws = words(pair.pt);
      const last = ws[ws.length - 1];
      // A fragment with no English of its own, before a Portuguese that goes on in lower case where the English opens a sentence.
      const vouched = english === "" && pair.nextEn !== undefined && STARTS_UPPER.test(pair.nextEn);
      const min = vouched ? Math.min(MIN_FRAGMENT_ENGLISH_VOUCHES, minFragment(next)) : minFragment(next);
      if (last && !symbolAlone(pair.pt) && (ws.length >= min || NEVER_LAST.has(last.text.toLowerCase()))) flags.push(flagAt(this, pair.pt, last.start, last.end, "The sentence stops here and goes on in the next segment: a page break cut it."));
    }
    return flags;
  },
};
