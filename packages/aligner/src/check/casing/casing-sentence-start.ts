import type { CheckInput, Flag, Speller } from "../../types.ts";
import { flagAt, type Check, type CheckContext } from "../check.ts";
import { endsWithAbbreviation, lowercaseStarts, sentenceStarts, type SentenceStart } from "./sentence-starts.ts";
import { isDiagramLine } from "../text/diagram.ts";
import { isLower, words } from "../text/words.ts";
import { gluedInsideLiteral } from "../text/glued-literal.ts";
import { hasExtraStops } from "../text/sentence-stops.ts";
import { looksLikeCode, sentenceAroundLiterals } from "../text/looks-like-code.ts";
import { literalSpans, overlapsLiteral } from "../../normalize/literal-spans.ts";
import { PassMemo } from "../../document-pass.ts";
import { execAll } from "../text/exec-all.ts";
import { DAY_OF_MONTH } from "../text/dates.ts";

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const SHORT_TITLE = /^\p{Lu}\p{L}*(?: \p{L}+){0,2}$/u;
const FIRST_WORD = /^[^\p{L}\n]*(\p{L}[\p{L}\p{N}]*)(?![\p{N}_-])/u;
const NUMBERED_START = /^(\s*(\d+)\s+)(\p{Ll}[\p{L}\p{N}]*)(?![\p{N}_-])/u;

const capitalise = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** A command a reader types, alone on its line: a documentation reader and its topic ("info grep", "man 5 crontab"). */
const DISPLAYED_COMMAND = /^(?:\$\s+)?(?:info|man|apropos|whatis)(?:\s+[\p{Ll}\d][\w.+-]*){1,2}$/u;

/** A block's closing keyword alone on its line ("endif", "fi", "done", "end"): code, never a label a definition follows. */
const BLOCK_CLOSER = /^(?:end(?:function|if|for|while|select)?|else|fi|done|esac|[}\])]|\[\.\.\.\])\s*[;,]?$/u;
/** A label alone on its line: at most four words and a colon ("Construção Rápida:"). */
const LABEL_ALONE = /^[^\s:]+(?: [^\s:]+){0,3}:$/u;
/** A label of a few words and its colon, then a word in lower case: "Quickbuild: compiles your source". */
const ENGLISH_LABEL_THEN_LOWER = /^[^\p{L}\n]*\p{L}[^:.!?\n]{0,40}:\s+\p{Ll}/u;
/** A list's item marker opening the pair ("- siga esses passos:", "• modo multi janela"). */
const BULLET = /^\s*[-•*–·]\s/u;
/** Relative pronouns, which go on with the sentence before them: after a stop ("handle. a qual chamaremos") the stop is the flaw. */
const RELATIVE = /^(?:[ao]s? qua(?:l|is)|cuj[ao]s?)(?![\p{L}\p{N}])/u;
/** A name the document calls as a function ("ode(", "file("), at least this long: a Portuguese word of a function's name ("ode") is still that name. */
const MIN_CALLED_NAME = 3;
// Not a plural or gender marker in brackets ("arquivo(s)", "o(a)").
const CALLED = /(?<![\p{L}\p{N}_.%$])(\p{Ll}[\p{L}\p{N}_]{2,})\((?!(?:s|es|as|os|ões|ns|is|a|o)\))/gu;

/** A help trail's last step, the page's own function ("Scilab Help >> Equações Diferenciais > ode"). */
const TRAIL_END = /\s>>\s.*\s>\s+(\p{Ll}[\p{L}\p{N}_]*)\s*$/mu;

/** After a call's closing bracket, the end of its line, perhaps after a statement's ";" or a body's "{": a synopsis's declaration. */
const DECLARATION_END = /^\s*[;{]?[^\S\n]*(?:\n|$)/u;
/** An argument declared with its type ("const char *caminho", "int fd"): a type's words, then the parameter's name. */
const TYPED_PARAMETER = /^\s*(?:[\p{L}_][\p{L}\p{N}_]*\s+)+\**\s*([\p{Ll}_][\p{L}\p{N}_]*)\s*(?:\[\s*\])?\s*$/u;

/**
 * Names written as calls somewhere in the document ("Ver ode() optional output"), the page's
 * own function at the end of its help trail, or a parameter a signature declares with its type
 * ("int chdir(const char *caminho);"): a sentence opening with one names the function or the
 * parameter, as the program spells it ("caminho é muito longo.").
 */
export function calledNames(pairs: readonly CheckInput[]): string[] {
  const out = new Set<string>();
  const add = (name: string) => { if (name.length >= MIN_CALLED_NAME && !FUNCTION_WORDS.has(name)) out.add(name); };
  for (const p of pairs) {
    if (p.pt.includes(" >> ")) { const end = TRAIL_END.exec(p.pt); if (end) add(end[1]!); }
    if (!p.pt.includes("(")) continue;
    for (const m of execAll(CALLED, p.pt)) {
      add(m[1]!);
      // A declaration's typed parameters: prose never writes a type before a word inside a call's brackets.
      const open = m.index + m[0].length;
      const close = p.pt.indexOf(")", open);
      if (close < 0 || !DECLARATION_END.test(p.pt.slice(close + 1, close + 40))) continue;
      const inside = p.pt.slice(open, close);
      if (inside.includes("(") || inside.includes("\n")) continue;
      for (const argument of inside.split(",")) { const declared = TYPED_PARAMETER.exec(argument)?.[1]; if (declared) add(declared); }
    }
  }
  return [...out].sort();
}

/** A label or term heading a definition ("thickness:", "-perm /modo", "DESCRIÇÃO") has at most this many words. */
const MAX_LABEL_WORDS = 3;
/** A word the English has in lower case, from this length on, is the program's keyword where the Portuguese opens with it ("resume", "data"). */
const MIN_SHARED_KEYWORD = 4;
/** Below this many entries after labels a document shows no habit of its own. */
const MIN_LABELLED = 3;

/** The previous segment ends without a stop: what follows continues it, or defines it. */
// An ellipsis after a comma or a capital is a synopsis's "repeat" ("--number=NÚM,...", Scilab's "m1 por m2,.."), not a stop.
// So does an abbreviation's stop ("as legendas das primeira, segunda, etc. ¶ curvas."): the segmenter cut there.
export const continuesFrom = (prevPt: string | undefined): boolean =>
  prevPt !== undefined && (!/[.!?…"”)\]*]\s*$/u.test(prevPt.trimEnd().replace(/(?<=[,\p{Lu}])(?:\.{2,3}|…)$/u, "")) || endsWithAbbreviation(prevPt));

/**
 * The previous segment is a label (a term, option, field or heading on its own line) rather than
 * a sentence cut by a page break or a list introduced by a colon: man pages and reference manuals
 * write the definition that follows in lower case or with a capital, each document its own way.
 */
export function afterLabel(prevPt: string | undefined): boolean {
  if (prevPt === undefined) return false;
  let answer = afterLabels.get(prevPt);
  if (answer === undefined) afterLabels.set(prevPt, (answer = labelAbove(prevPt)));
  return answer;
}

/** `afterLabel` during a document pass: the sentence-start check, its document pass and the lower-case document's each ask of every pair. */
const afterLabels = new PassMemo<string, boolean>();

function labelAbove(prevPt: string): boolean {
  // A call's signature or a line of code heads its description in a reference's syntax list ("ones(m1,m2)", "y = f(x)").
  if (signature(prevPt)) return true;
  // A value quoted alone heads its meaning in a table of values ("\"new\" ¶ o arquivo não deve existir"): its closing quote is no stop.
  if (QUOTED_VALUE.test(lastLine(prevPt))) return true;
  if (!continuesFrom(prevPt)) return false;
  const text = prevPt.trimEnd();
  const last = text.slice(text.lastIndexOf("\n") + 1).trim();
  // Counting spaces, not splitting: a paragraph's last line may be long.
  let spaces = 0;
  for (let i = 0; i < last.length && spaces < MAX_LABEL_WORDS; i++) if (last[i] === " " && last[i + 1] !== " ") spaces++;
  // A line ending in a preposition or an article ("Aplicado a ¶ uma hipermatriz …") is a sentence cut mid-way, not a label.
  return spaces < MAX_LABEL_WORDS && !/[,;]$/u.test(last) && !FUNCTION_WORDS.has(last.slice(last.lastIndexOf(" ") + 1).toLowerCase());
}

/** One token between quotes alone on its line, perhaps with a colon: "\"new\"", "“off”:", "'sequential'". */
const QUOTED_VALUE = /^(?:"[^"\s]{1,40}"|“[^”\s]{1,40}”|'[^'\s]{1,40}'|‘[^’\s]{1,40}’|«[^»\s]{1,40}»):?$/u;

/** A call's signature alone on the last line: "ones(m1,m2)", "[x,y]=zeros(A)", "ny = poly(u,'z','coeff')". */
const SIGNATURE = /^(?:\[[^\]\n]*\]\s*=\s*|[\p{L}_][\p{L}\p{N}_.]*\s*=\s*)?[\p{L}_%][\p{L}\p{N}_.]*\(.*\)\s*;?$/u;
function signature(prevPt: string): boolean {
  const last = lastLine(prevPt);
  return SIGNATURE.test(last) || (/[=(]/u.test(last) && looksLikeCode(last));
}

/**
 * The label is a section heading in capitals ("DESCRIÇÃO", "VEJA TAMBÉM", "BUGS"): prose follows it,
 * starting with a capital in every document, so it says nothing of how the document writes definitions.
 */
function sectionHeading(prevPt: string | undefined, pt?: Speller, en?: Speller): boolean {
  const text = prevPt?.trimEnd() ?? "";
  const last = text.slice(text.lastIndexOf("\n") + 1);
  if (!(!/\p{Ll}/u.test(last) && /\p{Lu}{2}/u.test(last) && !/^[-+]/u.test(last.trim()))) return false;
  // An identifier in capitals ("FDCLRPRM", "FDSETMAXERRS": an ioctl's name) is a term being defined, not a heading of words.
  // "BUGS" and "AUTHOR" are English words left as the man page's headings.
  return !pt || last.trim().split(/\s+/u).some((w) => proseWord(w.toLowerCase(), pt) || (en !== undefined && w.length > 1 && en.correct(w.toLowerCase())));
}

/**
 * The previous segment is a heading of words ("Descrição", "Função do Scilab", "Observação"),
 * not a term, option or field being defined ("grid_position:", "-f, --fast"): prose follows a heading.
 */
// A function's name heading its entry ("Sgrayplot") is a term, not a heading: every word must be Portuguese.
function proseHeading(prevPt: string | undefined, pt: Speller | undefined): boolean {
  const text = prevPt?.trimEnd() ?? "";
  const last = text.slice(text.lastIndexOf("\n") + 1).trim();
  // A name after the first word is a heading's too ("Função do Scilab", "Usando o GIMP").
  return SHORT_TITLE.test(last) && pt !== undefined && last.split(" ").every((w, k) => proseWord(w.toLowerCase(), pt) || (k > 0 && /^\p{Lu}/u.test(w))) &&
    !FUNCTION_WORDS.has(last.slice(last.lastIndexOf(" ") + 1).toLowerCase());
}

/** Words that open a sentence before a name ("a Microsoft lançou", "o Scilab é"): never a term being defined. */
const FUNCTION_WORDS = new Set("a o as os um uma uns umas de do da dos das em no na nos nas por para com e ou que se ao à".split(" "));
/** A heading, table cell, list item or short description with no stop runs to a line of this many words ("computa o arco-secante elemento a elemento do argumento"). */
const MAX_DESCRIPTION_WORDS = 12;

/**
 * The pair opens with a term glued to its definition, a man page's list flattened onto one line:
 * "rates Imprime um resumo", "ne Valor booleano que", "senha a senha (criptografada) do grupo".
 */
function termThenDefinition(pt: string, offset: number, word: string, speller: Speller | undefined): boolean {
  if (FUNCTION_WORDS.has(word)) return false;
  const rest = pt.slice(offset + word.length);
  // "for — palavra-chave de linguagem para laços": a keyword, a dash and what it does, as a NAME line writes it.
  if (KEYWORD_DASH.test(rest)) return true;
  const next = CAPITALISED_THEN_WORD.exec(rest)?.[1];
  if (next && speller?.correct(next.toLowerCase())) return true;
  return articleThen(rest, word);
}

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const KEYWORD_DASH = /^ [—–] \S/u;
// The definition may open with a one-letter article ("atraso O atraso entre atualizações", vmstat's operand).
const CAPITALISED_THEN_WORD = /^ (\p{Lu}\p{Ll}*) \p{Ll}/u;
const ARTICLES = ["a", "o", "as", "os", "um", "uma"];
const LETTER_OR_DIGIT_HERE = /[\p{L}\p{N}]/uy;
/**
 * Whether `rest` opens with an article and then `word` whole (" o rates"): what the pattern
 * `^ (?:a|o|as|os|um|uma) ${word}(?![\p{L}\p{N}])` says, without building it for every pair.
 */
function articleThen(rest: string, word: string): boolean {
  for (const article of ARTICLES) {
    const head = ` ${article} ${word}`;
    if (!rest.startsWith(head)) continue;
    LETTER_OR_DIGIT_HERE.lastIndex = head.length;
    if (!LETTER_OR_DIGIT_HERE.test(rest)) return true;
  }
  return false;
}

/** No sentence stop at its end and no line break inside: a heading, list item, table cell or short description. */
// A synopsis's repeat marker ("ficheiro ...") is no stop.
const isFragment = (pt: string, maxWords: number): boolean => !/[.!?:;…]["”)]?\s*$/u.test(pt.replace(/ (?:\.\.\.|…)\s*$/u, "")) && !pt.includes("\n") && words(pt).length <= maxWords;

/**
 * The previous segment is an identifier on its own (a function's, parameter's or field's name: "toc",
 * "xfarc", "h"): the description under it is written as the reference's convention wants (Scilab's short
 * descriptions and parameter types in lower case), whatever the English of this version does.
 */
function afterIdentifier(prevPt: string | undefined, pt: Speller | undefined): boolean {
  const last = lastLine(prevPt);
  // A block's closing keyword ("endif") is code, not a name heading a definition.
  if (BLOCK_CLOSER.test(last)) return false;
  // A lower-case word alone is a name ("date", "sec", "strings": a heading of words takes a capital); a symbol alone
  // (".", "-.", ":") is a term of a table of markers.
  return (/^[\p{L}_][\p{L}\p{N}_.-]*$/u.test(last) && (!proseWord(last.toLowerCase(), pt) || /^\p{Ll}/u.test(last))) || namesListed(last, pt) ||
    /^[^\p{L}\p{N}\s]{1,3}$/u.test(last) || (prevPt !== undefined && signature(prevPt));
}
/**
 * Several parameters named in one term ("theta,alpha,leg,flag,ebox", "atol, rtol"): names in lower case,
 * joined by commas, one of them at least no word of prose when spaces part them.
 */
function namesListed(last: string, pt: Speller | undefined): boolean {
  if (/^[\p{Ll}_][\p{L}\p{N}_]*(?:,[\p{L}_][\p{L}\p{N}_]*)+$/u.test(last)) return true;
  if (!/^[\p{Ll}_][\p{L}\p{N}_]*(?:, [\p{Ll}_][\p{L}\p{N}_]*)+$/u.test(last)) return false;
  return last.split(", ").some((w) => !proseWord(w, pt));
}
const lineOf = (text: string, offset: number): string => {
  const end = text.indexOf("\n", offset);
  return text.slice(text.lastIndexOf("\n", offset) + 1, end < 0 ? text.length : end);
};
const lastLine = (text: string | undefined): string => {
  const t = text?.trimEnd() ?? "";
  return t.slice(t.lastIndexOf("\n") + 1).trim();
};

/** Whether the token before the stop at `offset` ("-I.", "package.") stands in the English too, followed by a lower-case word. */
// A "!" or "?" inside a token is its syntax ("CN!,L,OU,O!,C!,EMAIL! que é…", Kleopatra's required attributes), as a
// stop inside one is ("-I."); the English may put its comma after the token ("EMAIL!, which happens").
function stopInToken(pt: string, offset: number, en: string): boolean {
  const token = /\S+[.!?]\s+$/u.exec(pt.slice(0, offset))?.[0].trimEnd();
  if (!token) return false;
  for (let at = en.indexOf(token); at >= 0; at = en.indexOf(token, at + 1)) {
    if (/^[,;:]?\s+\p{Ll}/u.test(en.slice(at + token.length, at + token.length + 4))) return true;
  }
  return false;
}

/** A Portuguese word of running text (not a single letter standing for a variable, a code or a command). */
const proseWord = (word: string, pt: Speller | undefined): boolean =>
  (word.length > 1 || /^[aàoóeé]$/iu.test(word)) && (!pt || pt.correct(word) || pt.correct(capitalise(word)));

/**
 * Whether the document writes the definitions after its labels in lower case: then a lower-case
 * definition is its style, not a lost capital. Undefined when too few labels to tell.
 */
export function lowerAfterLabels(pairs: readonly CheckInput[], pt?: Speller, en?: Speller): boolean | undefined {
  let lower = 0;
  let total = 0;
  for (const p of pairs) {
    // A heading of words ("Descrição", "Exemplos") is followed by prose: it says nothing of how the document writes definitions.
    if (!afterLabel(p.prevPt) || sectionHeading(p.prevPt, pt, en) || proseHeading(p.prevPt, pt)) continue;
    // A heading after the last signature of a syntax list ("Parâmetros") is no definition.
    if (proseHeading(p.pt, pt) || sectionHeading(p.pt, pt, en)) continue;
    const first = FIRST_WORD.exec(p.pt)?.[1];
    if (!first || !proseWord(first.toLowerCase(), pt)) continue;
    total++;
    if (isLower(first[0]!)) lower++;
  }
  return total < MIN_LABELLED ? undefined : lower * 2 >= total;
}

/**
 * Words no count or measure ever follows ("3 este", "1 nesse"): a demonstrative or a personal
 * pronoun after an item's number opens the item's sentence. Not an article or a preposition
 * ("2 a 5", "1 e 2", "10 de maio", "1 o"), which a figure may well precede.
 */
const OPENS_AFTER_NUMBER = new Set(
  ("este esta estes estas isto esse essa esses essas isso aquele aquela aquilo neste nesta nisto nesse nessa nisso " +
    "deste desta disto desse dessa disso ele ela eles elas nós você vocês").split(" "),
);

/**
 * An item numbered without a stop ("1 se --oknodo não foi especificado"), as a man page's list has
 * them: its sentence starts after the number when the English opens the same item with a capital
 * ("1 If --oknodo was not specified"). Without the English, "3 arquivos" may be a count: only a
 * word no count precedes ("1 este é o nível padrão") says the number is the item's.
 */
function numberedStart(pt: string, en: string | undefined): SentenceStart | undefined {
  const m = NUMBERED_START.exec(pt);
  // A day and its month open a date ("8 de maio de 2026: …", a news page's or a changelog's entry), not an item: the
  // English's capital there is its month's ("8 May 2026"), which English capitalises and Portuguese does not.
  if (!m || DAY_OF_MONTH.test(pt.slice(m[1]!.trimEnd().length))) return undefined;
  if (!en?.trim()) return OPENS_AFTER_NUMBER.has(m[3]!) ? { offset: m[1]!.length, word: m[3]! } : undefined;
  const e = /^\s*(\d+)\s+\p{Lu}\p{Ll}/u.exec(en);
  return e && e[1] === m[2] ? { offset: m[1]!.length, word: m[3]! } : undefined;
}

/**
 * Whether the English opens its sentence in lower case where the Portuguese opens the one at `offset`: both
 * sides cut into as many sentences, the one of the same rank. A placeholder or a keyword opens it in both.
 */
function sameStartLowerInEnglish(pair: CheckInput, offset: number): boolean {
  if (!pair.en?.trim()) return false;
  const ptStarts = sentenceStarts(pair.pt);
  const enStarts = sentenceStarts(pair.en);
  const rank = ptStarts.findIndex((s) => s.offset === offset);
  return rank >= 0 && ptStarts.length === enStarts.length && isLower(enStarts[rank]!.word[0]!);
}

const opensParagraph = (pair: CheckInput): boolean => pair.gapBefore !== undefined && pair.gapBefore.includes("\n\n");
const LOWER_OPENING = /^[^\p{L}\n]*(\p{Ll}[\p{L}\p{N}]*)(?![\p{L}\p{N}_-])/u;

/** Demonstratives and pronouns that open a sentence of prose ("este campo controla …"), not a definition's first word. */
const PROSE_OPENERS = new Set([...FUNCTION_WORDS, ...OPENS_AFTER_NUMBER]);

/**
 * For each pair that opens a paragraph, the pair that made up the paragraph before it, when that
 * paragraph was that one pair alone; -1 otherwise. Gaps only: cheap enough for every document.
 */
function paragraphBefore(pairs: readonly CheckInput[]): number[] {
  const out: number[] = new Array(pairs.length).fill(-1);
  let previous = -1;
  let previousAlone = false;
  for (let k = 0; k < pairs.length; k++) {
    const pair = pairs[k]!;
    if (!pair.pt.trim()) continue;
    const opens = opensParagraph(pair);
    if (opens && previous >= 0 && previousAlone) out[k] = previous;
    if (opens) { previous = k; previousAlone = true; } else previousAlone = false;
  }
  return out;
}

/**
 * Whether pair `k` is a short definition in lower case standing as a paragraph of its own right
 * after another such paragraph, that one under its label or identifier ("name ¶ nome de uma cor. ¶ valores
 * RGB inteiros de uma cor.", "-m, --random=NÚM ¶ seleciona um número … ¶ agrupa registros …"): the next
 * definition of the list, its label lost by the page or the import. Not a sentence of prose after a
 * definition ("se nenhum ARQUIVO for especificado, …", "este campo controla …"): that one takes its capital.
 */
function isSiblingDefinition(pairs: readonly CheckInput[], k: number, previous: number, pt: Speller | undefined): boolean {
  if (previous < 0) return false;
  const pair = pairs[k]!;
  const before = pairs[previous]!;
  const own = LOWER_OPENING.exec(pair.pt)?.[1];
  const alone = pair.gapAfter === undefined || pair.gapAfter.includes("\n\n");
  if (!alone || own === undefined || PROSE_OPENERS.has(own) || pair.pt.includes("\n") || words(pair.pt).length > MAX_DESCRIPTION_WORDS) return false;
  const first = LOWER_OPENING.exec(before.pt)?.[1];
  return first !== undefined && proseWord(first, pt) && (afterIdentifier(before.prevPt, pt) || (afterLabel(before.prevPt) && !proseHeading(before.prevPt, pt) && !sectionHeading(before.prevPt, pt)));
}

/**
 * A definition list's entry on one line: its term, a colon, then the definition ("data: este campo contém …",
 * "x1, x2: escalares reais", "\"linear\" (padrão): interpolação linear"). The term is a name, names joined by
 * commas, or a value between quotes, perhaps with a note in brackets.
 */
const INLINE_TERM = /^\s*((?:[\p{L}_%][\p{L}\p{N}_.%]*(?:, ?[\p{L}_%][\p{L}\p{N}_.%]*)*|"[^"\s]{1,40}"|“[^”\s]{1,40}”)(?: \([^()\n]{1,30}\))?):\s+\S/u;
// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
/** A character no word of prose has: an identifier's underscore, digit, dot or Scilab's "%". */
const CODE_MARK = /[_\p{N}.%]/u;
const LETTERS_ONLY = /^\p{L}+$/u;
/** An English that opens with a capital letter. */
const ENGLISH_CAPITAL = /^[^\p{L}]*\p{Lu}/u;
/** How many pairs a paragraph of the list may run to (a long definition is cut into sentences). */
const MAX_PAIRS_TO_NEIGHBOUR = 4;

/** The term of the one-line entry `pt` opens with, when it opens with one. */
const inlineTerm = (pt: string): string | undefined => INLINE_TERM.exec(pt)?.[1];

/**
 * The term is plainly a name of code or a literal value: quoted, or with a character no word of prose has
 * ("axes_visible", "x1", "na.rm", "%eps"), or a single letter, or no Portuguese word ("visible", "rtol").
 */
function codeTerm(term: string, pt: Speller | undefined): boolean {
  if (/^["“]/u.test(term) || CODE_MARK.test(term)) return true;
  return term.split(/, ?| /u).some((w) => w.length > 0 && !proseWord(w.toLowerCase(), pt) && LETTERS_ONLY.test(w));
}

/**
 * The entry's own term may be a name of code: quoted, a letter, or every word of it English as well ("data", "box",
 * "mu", "linear"). Programs name their arguments and properties in English; a Portuguese word that is no English
 * one ("espessura:", "fechado:" among "visible:" and "closed:") is a name translated, and keeps its flag.
 */
function mayNameCode(term: string, en: Speller | undefined): boolean {
  if (/^["“]/u.test(term) || en === undefined) return true;
  return term.replace(/ \(.*$/u, "").split(/, ?/u).every((w) => w.length === 1 || CODE_MARK.test(w) || en.correct(w) || en.correct(w.toLowerCase()));
}

/**
 * Whether pair `k` is an entry of a one-line definition list in which another entry of the same run of paragraphs,
 * before or after it, has a name of code for its term ("visible: este campo …" ¶ "data: este campo contém …" ¶ "closed: …"; "m, n: inteiros" ¶
 * "mu: real positivo"): a reference page's arguments and properties are listed by the names the program gives them, in
 * the program's case, and "data", "mu" or "e" among them are names like "visible" is. A term alone, with prose around
 * it ("nota: o valor mudou."), is the lost capital of a label of words.
 */
function entryOfNamedList(pairs: readonly CheckInput[], k: number, pt: Speller | undefined, en: Speller | undefined): boolean {
  const pair = pairs[k]!;
  const own = inlineTerm(pair.pt);
  if (!opensParagraph(pair) || own === undefined || !mayNameCode(own, en)) return false;
  // Out from the entry, paragraph by paragraph, while the list goes on.
  const neighbour = (step: 1 | -1): boolean => {
    let sinceParagraph = 0;
    for (let j = k + step; j >= 0 && j < pairs.length && sinceParagraph < MAX_PAIRS_TO_NEIGHBOUR; j += step) {
      const other = pairs[j]!;
      if (!opensParagraph(other)) { sinceParagraph++; continue; }
      sinceParagraph = 0;
      const term = inlineTerm(other.pt);
      if (term === undefined) return false;
      if (codeTerm(term, pt)) return true;
    }
    return false;
  };
  return neighbour(-1) || neighbour(1);
}

/** A glossary's entry on its line: a term of one to three words in lower case, its colon, then its definition ("espelho: um servidor que …"). */
const LOWER_ENTRY = /^\p{Ll}[\p{L}\p{N}-]*(?: [\p{L}\p{N}-]+){0,2}: \S/u;
/**
 * A glossary's entry whose term is Portuguese: a glossary in lower case lists words of the language ("espelho", "pacote");
 * a list of a program's names ("visible:", "closed:") is a reference's arguments, which entryOfNamedList weighs, and a
 * Portuguese word among those is a name translated ("espessura:").
 */
function glossaryEntry(line: string, pt: Speller | undefined): boolean {
  if (!LOWER_ENTRY.test(line)) return false;
  const term = line.slice(0, line.indexOf(":"));
  return term.split(" ").every((w) => proseWord(w.toLowerCase(), pt));
}

/**
 * Whether the line opening at `offset` is a glossary's entry in a run of such entries: a reference manual's
 * glossary or table of fields writes its terms as they are spelled, in lower case ("pacote: um arquivo …",
 * "espelho: um servidor …"), one a line or one a paragraph. The run is the evidence: the line before or after
 * (in the pair, or the neighbouring pair's) is an entry in lower case too. A lone label that lost its capital
 * ("nota: o arquivo …" among prose), or one lower-case term among capitalised ones, keeps its flag.
 */
function inLowerGlossary(pair: CheckInput, offset: number, pt: Speller | undefined): boolean {
  const start = pair.pt.lastIndexOf("\n", offset - 1) + 1;
  // An English that opens the entry with a capital ("Mirror: a server …") says the term is a label of words that lost it.
  if (pair.pt.slice(start, offset).trim() !== "" || !glossaryEntry(pair.pt.slice(start), pt) || (start === 0 && ENGLISH_CAPITAL.test(pair.en ?? ""))) return false;
  // The pair's first line opens a line only after a line break: a sentence glued after the stop of an entry
  // ("… ou trixie. espelho: um servidor …") is a lost capital mid-line, whatever the entries around it.
  if (start === 0 && pair.gapBefore !== undefined && !pair.gapBefore.includes("\n") && pair.prevPt !== undefined) return false;
  const end = pair.pt.indexOf("\n", offset);
  const before = start > 0 ? lastLine(pair.pt.slice(0, start - 1)) : lastLine(pair.prevPt);
  const after = end >= 0 ? pair.pt.slice(end + 1).trimStart().split("\n", 1)[0]! : (pair.nextPt ?? "").trimStart().split("\n", 1)[0]!;
  return glossaryEntry(before, pt) || glossaryEntry(after, pt);
}

/**
 * For each pair, whether it opens a line with a lower-case glossary entry in a run of them across pairs: the
 * glossary written one entry a paragraph, each a few sentences, where the neighbouring pair is the entry's last
 * sentence and not the entry before ("… terminar em d. ¶ distribuição: um sistema …"). The pairs that open a line
 * are the entries' neighbours.
 */
function lowerGlossaryEntries(pairs: readonly CheckInput[], pt: Speller | undefined): boolean[] {
  const opening: number[] = [];
  for (let k = 0; k < pairs.length; k++) if (pairs[k]!.pt.trim() && (k === 0 || (pairs[k]!.gapBefore ?? "").includes("\n"))) opening.push(k);
  const entry = opening.map((k) => glossaryEntry(pairs[k]!.pt.trimStart(), pt));
  const out: boolean[] = new Array(pairs.length).fill(false);
  opening.forEach((k, i) => { out[k] = entry[i]! && (entry[i - 1] === true || entry[i + 1] === true) && !ENGLISH_CAPITAL.test(pairs[k]!.en ?? ""); });
  return out;
}

/** A sentence that starts with a lower-case letter. */
export const casingSentenceStart: Check<"casing-sentence-start"> = {
  id: "casing-sentence-start",
  family: "casing",
  severity: "warning",
  name: "Sentence starts in lower case",
  description: "A sentence begins with a lower-case letter.",
  run(pair, context) {
    // Most pairs start every sentence with a capital: nothing below needs computing for them.
    const starts = lowercaseStarts(pair.pt);
    const numbered = numberedStart(pair.pt, pair.en);
    if (numbered) starts.unshift(numbered);
    if (!starts.length) return [];
    // A previous segment that ends mid-sentence makes this one a continuation (the broken check's case).
    // So does one that ends in a colon or semicolon: a list of items in lower case follows ("disponível em dois modos: ¶ modo multi janela").
    // After a label, the document's habit decides (see lowerAfterLabels); without one, as a continuation.
    // A section heading is followed by prose: a capital, whatever the document's definitions do.
    const labelHabit = !afterLabel(pair.prevPt) ? undefined : sectionHeading(pair.prevPt, context.spellers.pt, context.spellers.en) ? (context.document?.lowerAfterLabel === undefined ? undefined : false) : context.document?.lowerAfterLabel;
    // After a command or a line of code the sentence goes on ("find . -path './sr*sc' ¶ vai exibir …", "endif ¶ ou se …").
    // (A label alone, an option or a name, is the habit's business, above.)
    // A command displayed on its own line ("o comando ¶ info grep ¶ deve lhe dar acesso") is no label, whatever the habit.
    // A sentence that quotes a command ("Por exemplo, `find -quit` imprimirá apenas `/tmp/foo`.") ends with its stop, code or not.
    // A block's closing keyword ("endif ¶ ou se você apenas precisar …") is code whatever its shape: the sentence around the example goes on.
    // A demonstrative or a pronoun after an example ("$ find . -perm -664 ¶ isso corresponderá …") opens a sentence of its own.
    // (Not a command displayed inside the sentence: "o comando ¶ info grep ¶ este programa …" reads on.)
    const opensOwn = starts[0]!.offset === pair.pt.search(/\p{L}/u) && OPENS_AFTER_NUMBER.has(starts[0]!.word);
    const underCode = (labelHabit === undefined && pair.prevPt !== undefined && !afterLabel(pair.prevPt) && looksLikeCode(lastLine(pair.prevPt)) && !sentenceAroundLiterals(lastLine(pair.prevPt))) ||
      (pair.prevPt !== undefined && BLOCK_CLOSER.test(lastLine(pair.prevPt)));
    const afterCode = (underCode && !opensOwn) || (pair.prevPt !== undefined && DISPLAYED_COMMAND.test(lastLine(pair.prevPt)));
    const continues = afterCode || (underCode && opensOwn ? false : labelHabit === undefined ? continuesFrom(pair.prevPt) : labelHabit);
    // A previous segment ending in a comma ends no sentence, whatever the English pairs with this one ("nas caixas de X e Y, ¶ por clicar nas setinhas").
    const afterComma = pair.prevPt !== undefined && /,\s*$/u.test(pair.prevPt);
    // An item of a list a colon introduces ("Nós podemos imaginar isso: ¶ - siga esses passos:") may start in lower case, whatever the English;
    // not one that is a sentence of its own, with its stop ("várias maneiras: ¶ • você pode factorizar … .").
    // So may a term with no marker and no stop that a colon announces ("Os modos são: ¶ modo multi janela"): no sentence,
    // whatever capital the English item takes. A longer unmarked line there ("tom da parte de cima = cor da borda + …") is
    // left to the English's evidence like any other line.
    const listItem = pair.prevPt !== undefined && /:\s*$/u.test(pair.prevPt) && (BULLET.test(pair.pt) ? !/[.!?]["”)]?\s*$/u.test(pair.pt) : isFragment(pair.pt, MAX_LABEL_WORDS));
    const english = pair.en ? new Set(words(pair.en).map((w) => w.text)) : undefined;
    // Words the English opens a sentence with in lower case too ("auto removes …", "link is the generic name"): keywords.
    const englishLowerStarts = pair.en ? new Set(lowercaseStarts(pair.en).map((s) => s.word)) : undefined;
    const atStart = pair.pt.search(/\p{L}/u);
    // A heading, table cell, list item or description with no stop and no English to compare is no sentence: its
    // lower case is the layout's (one opening with an article or preposition, "à medida que copia", reads as a
    // sentence unless a label heads it).
    // Under an identifier, option or signature, in a document with no habit of its own, the reference's convention decides.
    const first = starts[0]!.word;
    const underIdentifier = afterIdentifier(pair.prevPt, context.spellers.pt);
    const noEnglish = !pair.en?.trim() || /^[^\p{L}]*\p{Ll}/u.test(pair.en);
    // A numbered caption or reference ("figura 14.21. Ferramenta", "seção 6, “Filtros”") takes its capital, list item or not.
    // So does a numbered list's item ("1. página de bugs do APT"): the number opens a sentence of its own.
    // A figure glued to a word ("representação 3d de um histograma") is no caption's number.
    const caption = /^\p{L}+ \d+(?:\.\d+)*(?![\p{L}\p{N}])/u.test(pair.pt.slice(starts[0]!.offset)) || /^\s*\d+\.\s/u.test(pair.pt);
    // With an English that opens with a capital, only a definition list's description (under an identifier) is let be.
    const fragment = (!caption && isFragment(pair.pt, MAX_DESCRIPTION_WORDS) &&
      (underIdentifier || (!pair.en?.trim() && (!FUNCTION_WORDS.has(first) || (afterLabel(pair.prevPt) && !proseHeading(pair.prevPt, context.spellers.pt)))))) ||
      (labelHabit === undefined && underIdentifier && noEnglish);
    // A sentence under a heading of words ("Descrição ¶ os elementos de t são …") with no English to consult is prose: a capital.
    // So is one whose English opens with a name ("LilyPond engravings …"): a name's capital says nothing of where a sentence starts.
    const englishOpensName = pair.en !== undefined && /^[^\p{L}]*\p{Lu}\p{Ll}*\p{Lu}/u.test(pair.en);
    const sentenceUnderHeading = (noEnglish || englishOpensName) && !isFragment(pair.pt, MAX_DESCRIPTION_WORDS) && proseHeading(pair.prevPt, context.spellers.pt);
    // The English opens in lower case too: a term, an option or a continuation, as the original writes it.
    const extraStops = hasExtraStops(pair.pt, pair.en);
    // The article "A" and the pronoun "I" open an English sentence as any capitalised word does ("A Debian architecture wildcard is …").
    const englishOpensCapital = pair.en !== undefined && /^[^\p{L}]*(?:\p{Lu}\p{Ll}|[AI] \p{L})/u.test(pair.en) && !/^[^\p{L}]*\p{Lu}\p{Ll}*\p{Lu}/u.test(pair.en);
    // A pair glued to the previous one with no space ("color." | "data") is the missing-space check's finding, or a name cut in two.
    // The English holds the label the Portuguese set in the segment before and goes on after its colon in lower case
    // ("Construção Rápida:" ¶ "compila …" for "Quickbuild: compiles …"): the description is written as the English writes it.
    // (The segment before is that label alone, a few words; the Portuguese pair holds no label of its own: "explorar o Mapa: clicar …"
    // for "Explore the Map: click …" under "… no menu à esquerda:" has its label in the pair, and its capital lost.)
    const englishGoesOnAfterLabel = pair.prevPt !== undefined && pair.en !== undefined && LABEL_ALONE.test(lastLine(pair.prevPt)) &&
      ENGLISH_LABEL_THEN_LOWER.test(pair.en) && !ENGLISH_LABEL_THEN_LOWER.test(pair.pt);
    const glued = pair.gapBefore === "" || gluedInsideLiteral(pair) || (pair.en !== undefined && /^[^\p{L}]*\p{Ll}/u.test(pair.en)) || englishGoesOnAfterLabel;
    const pt = context.spellers.pt;
    const underHeading = labelHabit === true && englishOpensCapital && proseHeading(pair.prevPt, pt);
    return starts
      // Unless the English opens this pair with a capital: then the pair is a sentence, whatever came before it.
      // A document whose definitions start with capitals flags a lower-case one whatever the English.
      // A document that defines its terms in lower case still opens the prose under a heading with a capital, as the English does.
      // (Not code opening an example under "Exemplos": "round([1.9 -2.5])".)
      .filter((s) => !((glued || afterComma || listItem || (!sentenceUnderHeading && continues && ((labelHabit === true && !(underHeading && pair.pt[s.offset + s.word.length] !== "(")) || !englishOpensCapital))) && s.offset === pair.pt.search(/\p{L}/u)))
      // A single letter (a variable, a format code: "p  AM ou PM"), a command or identifier ("dpkg-deb irá",
      // "grep [OPÇÃO]", "lista_de_usuários") or a keyword no Portuguese dictionary knows is written as the program spells it.
      // So is a function called with its brackets ("file(action,unit) permite"), or one the document calls elsewhere ("ode é a função padrão").
      // So is a pattern of file names ("mar*.kwd pode encontrar…", KFind): a word glued to a wildcard.
      .filter((s) => proseWord(s.word, pt) && !/^(?:[-_]\p{L}|\(|\*)/u.test(pair.pt.slice(s.offset + s.word.length)) && !context.document?.calledNames?.includes(s.word))
      // A glossary written in lower case, entry after entry: its terms, not sentences (see inLowerGlossary).
      .filter((s) => !inLowerGlossary(pair, s.offset, pt))
      // A relative pronoun after a stop ("handle. a qual chamaremos manipulador") goes on with the sentence: the stop is the flaw, not the case.
      .filter((s) => !(s.offset > 0 && RELATIVE.test(pair.pt.slice(s.offset))))
      // A stop the English does not have before a lower-case word is the stray-stop check's finding, not a lost capital.
      .filter((s) => !(extraStops && s.offset > 0 && pair.pt.slice(Math.max(0, s.offset - 2), s.offset) === ". "))
      // The English has the same word in lower case: an option, command or field name, written as the program spells it.
      // So is one the English writes in lower case too, when it is longer than a small word ("resume é equivalente a return", "data determinam").
      .filter((s) => !(english?.has(s.word) && (s.word.length >= MIN_SHARED_KEYWORD || (context.spellers.pt ? !context.spellers.pt.correct(s.word) : s.word.length >= 3))))
      .filter((s) => !englishLowerStarts?.has(s.word))
      // The English's sentence at the same place opens in lower case too: a placeholder the Portuguese translated
      // ("… fornecidas. lista é uma lista de seções" for "… sections. list is a colon- or comma-separated list").
      .filter((s) => !sameStartLowerInEnglish(pair, s.offset))
      // A label of an ASCII diagram ("entrada PO --------/ \---> saída PO") is no sentence.
      .filter((s) => !isDiagramLine(pair.pt, s.offset))
      // The stop ends a token the English writes the same way before a lower-case word: an option or a prefix ("-I. ao perl", "package. pois").
      .filter((s) => !(s.offset > 0 && pair.en !== undefined && stopInToken(pair.pt, s.offset, pair.en)))
      // Inside a comment of an example ("[Qd(1),Zd(1)]    //parte eps. é sum(epsi)"): the code's own text.
      // A line with a comment after it ("global %helps  // This instruction creates …") is code as well.
      .filter((s) => !pair.pt.slice(pair.pt.lastIndexOf("\n", s.offset) + 1, s.offset).includes("//") && !/\s\/\/\s/u.test(lineOf(pair.pt, s.offset)))
      // At the pair's start: a term glued to its definition, or a fragment with nothing to compare.
      // (A term glued to its definition is no sentence: not when the English opens one with a capital, "Add mode causes …".)
      .filter((s) => !(s.offset === atStart && (fragment || (!englishOpensCapital && termThenDefinition(pair.pt, s.offset, s.word, pt)))))
      .map((s) => flagAt(this, pair.pt, s.offset, s.offset + s.word.length, "Start the sentence with a capital letter.", capitalise(s.word)));
  },
  runDocument(pairs, context) {
    const habit = lowerAfterLabels(pairs, context.spellers.pt, context.spellers.en);
    const called = calledNames(pairs);
    const withHabit: CheckContext = { ...context, document: { ...context.document, ...(habit === undefined ? {} : { lowerAfterLabel: habit }), ...(called.length ? { calledNames: called } : {}) } };
    // Which paragraph stands alone before which: the rest of the sibling test runs only on a flagged pair.
    const before = habit === false ? undefined : paragraphBefore(pairs);
    const glossary = lowerGlossaryEntries(pairs, context.spellers.pt);
    // The pair pass drops prose flags over literal material and code; a document pass must do the same.
    const pairFlags: Flag[][] = pairs.map((pair, k) => {
      let found = this.run!(pair, withHabit);
      // A paragraph after a sibling definition in lower case is the next definition, its label lost or never written.
      if (found.length && before && isSiblingDefinition(pairs, k, before[k]!, context.spellers.pt)) { const at = pair.pt.search(/\p{L}/u); found = found.filter((f) => f.start !== at); }
      // The term of a one-line entry in a list of names of code is one of those names; an English that opens the
      // entry with a capital ("Note: …") says it is a label of words instead.
      if (found.length && !ENGLISH_CAPITAL.test(pair.en ?? "") && entryOfNamedList(pairs, k, context.spellers.pt, context.spellers.en)) {
        const termEnd = pair.pt.indexOf(":");
        found = found.filter((f) => f.start > termEnd);
      }
      // A glossary's entry, one a paragraph, among entries in lower case: its term (see lowerGlossaryEntries).
      if (found.length && glossary[k]) { const at = pair.pt.search(/\p{L}/u); found = found.filter((f) => f.start !== at); }
      // (A sentence quoting literal material is prose where the literals are not: see sentenceAroundLiterals.)
      if (!found.length || (looksLikeCode(pair.pt) && !sentenceAroundLiterals(pair.pt))) return [];
      const literals = literalSpans(pair.pt).filter((l) => l.kind !== "number" && l.kind !== "markup");
      return found.filter((f) => !overlapsLiteral(literals, f.start, Math.max(f.end, f.start + 1)));
    });
    return { pairFlags, documentFlags: [] };
  },
};
