import type { CheckInput, Flag } from "../../types.ts";
import { flagAt, type Check, type CheckContext } from "../check.ts";
import { gluedInsideLiteral } from "../text/glued-literal.ts";
import { execAll } from "../text/exec-all.ts";
import { lastRun } from "../text/last-run.ts";
import { englishLeftoverAt } from "../text/english-leftover.ts";
import { englishShowsForm } from "../text/english-form.ts";

// Module level: tsx compiles a \p{…} literal to `new RegExp` where it stands, once per call.
const LEADING_LETTERS = /^\p{L}+/u;

// A word, punctuation and the next word with no space between ("aumentam.amodei", "é:os", "saber,qual").
// The lookbehind anchors the match at a word's start, so a long word is not retried from every letter.
const JOINED = /(?<![\p{L}\p{N}%)"”])([\p{L}\p{N}%)"”]+)([.,;:!?])(\p{L}+)/gu;
const GLUED = /[.,;:!?]\p{L}/u;
// What follows a dot inside a name, not a new sentence: domains, file types, "Node.js".
const AFTER_DOT = new Set(["com", "org", "net", "io", "ai", "br", "pt", "gov", "edu", "co", "uk", "us", "js", "ts", "py", "md", "txt", "html", "pdf", "app", "dev", "info", "me", "tv", "fm"]);

/** A file name of words the English joins with a dot: "name.service", "package.service". */
const DOTTED_NAME = /(?<![\p{L}.])\p{Ll}{2,}\.\p{Ll}{2,}(?![\p{L}.])/u;

/** The run of non-space characters around `start..end`. */
const tokenAround = (text: string, start: number, end: number): string =>
  text.slice(start - (/\S*$/u.exec(text.slice(0, start))![0].length), end + /^\S*/u.exec(text.slice(end))![0].length);

const capitalise = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** Without a dictionary every word counts as Portuguese: the check then says what it said before it had one. */
const isPortuguese = (word: string, context: CheckContext): boolean =>
  !context.spellers.pt || (!/^[\x00-\x7f]+$/u.test(word) || context.spellers.pt.correct(word) || context.spellers.pt.correct(word.toLowerCase()));

/**
 * A comma glued between a name and a Portuguese word of prose ("Schur,formas", "Sheetnames,endereços"):
 * one side a Portuguese word of four letters or more, the other a word of letters, and nothing of
 * code around them (no digit, underscore, bracket or parenthesis in the token).
 */
function commaInProse(mark: string, left: string, right: string, token: string, context: CheckContext, en: string | undefined): boolean {
  // The English glues the same comma ("instruction,end" in a syntax line): the original's own writing.
  if (en?.includes(`,${right}`)) return false;
  if (mark !== "," || left.length < 3 || right.length < 3 || /[\d_()[\]{}<>=/\\|*#$%@'"`]/u.test(token)) return false;
  if (!/^\p{L}+$/u.test(left) || !/^\p{L}+$/u.test(right)) return false;
  const long = (w: string) => w.length >= 4 && isPortuguese(w, context);
  return long(left) || long(right);
}

/**
 * Whether a dot glued between two words joins a name, not two sentences: "color.data", "x_ticks.labels"
 * (a field of a structure, its first name no Portuguese word, or both names English words: "color" and
 * "data" are also Portuguese spellings, so the English dictionary tells), "food.pid", ".dem.sc" (neither
 * side a Portuguese word).
 */
function dotInName(left: string, right: string, context: CheckContext, acrossPairs = false): boolean {
  // Across two pairs, a word the dictionary lacks before the stop is as often a name ending a sentence ("aumentam." is known, "Amodei." is not).
  if (!acrossPairs && /^\p{Ll}/u.test(right) && !isPortuguese(left, context)) return true;
  if (/^\p{Ll}/u.test(right) && /^[a-z]+$/u.test(left + right) && context.spellers.en?.correct(left) && context.spellers.en.correct(right)) return true;
  return !isPortuguese(left, context) && !isPortuguese(right, context);
}

/**
 * Whether a comma splits one Portuguese word of prose ("co,mando"): the two halves make a word, and one of them
 * is no word or a scrap of two letters (the dictionary knows "co" and "mando" too, but not as a sentence's words).
 */
function strayInWord(left: string, right: string, context: CheckContext): boolean {
  const pt = context.spellers.pt;
  if (!pt || !/^\p{Ll}+$/u.test(left) || !/^\p{Ll}+$/u.test(right)) return false;
  return pt.correct(left + right) && (Math.min(left.length, right.length) <= 2 || !pt.correct(left) || !pt.correct(right));
}

/**
 * Whether a comma glued between two words is an argument list's: the words fill a pair of brackets by themselves
 * ("Cursor(linha,coluna)", "na posição (linha,coluna)", "write(arquivo,texto)") or give an option its value
 * ("--range baixo,alto"), where the English glues its own arguments too ("Cursor(line,column)", "--range low,high").
 * A signature's or a synopsis's placeholders, translated word for word, keep the program's syntax; a comma glued in
 * prose ("Criação,Edição e Mover", "(local,esquerda)" for "(local, left)") has no such frame, or an English that spaces it.
 */
const ARGUMENTS_BEFORE = /(?:\(|(?:^|\s)--?[\p{L}\p{N}][\p{L}\p{N}-]* )(?:[\p{L}\p{N}_]+,)*$/u;
const ARGUMENTS_AFTER = /^(?:,[\p{L}\p{N}_]+)*(?:\)|\s|$)/u;
const BRACKETED_AFTER = /^(?:,[\p{L}\p{N}_]+)*\)/u;
const ENGLISH_GLUED_COMMA = /\p{L},\p{L}/u;
function argumentList(pt: string, start: number, end: number, en: string | undefined): boolean {
  if (en === undefined || !ENGLISH_GLUED_COMMA.test(en)) return false;
  const before = ARGUMENTS_BEFORE.exec(pt.slice(Math.max(0, start - 80), start));
  if (!before) return false;
  const after = pt.slice(end);
  // In brackets the list must close them; after an option it ends the token.
  return before[0].startsWith("(") ? BRACKETED_AFTER.test(after) : ARGUMENTS_AFTER.test(after);
}

/**
 * Whether the stop lies in a dotted name of three parts or more ("pacote.modelo.XXXXXX", "usuário%40ad.domínio.exemplo")
 * where the English writes a dotted name of as many parts ("package.template.XXXXXX", "username%40ad.domain.example"):
 * a file-name template or an address translated part by part. A slip glues one sentence to the next, not three
 * parts of one token, and prose has no such token in the English.
 */
const MIN_DOTTED_PARTS = 3;
const DOTTED_PART = /^[\p{L}\p{N}%_-]+$/u;
const dottedParts = (token: string): number => {
  const parts = token.replace(/^[("“'‘«]+|[)"”'’».,;:!?]+$/gu, "").split(".");
  return parts.every((p) => DOTTED_PART.test(p)) ? parts.length : 0;
};
function dottedNameAsEnglish(pt: string, start: number, end: number, en: string | undefined): boolean {
  if (en === undefined || !en.includes(".")) return false;
  const n = dottedParts(tokenAround(pt, start, end));
  return n >= MIN_DOTTED_PARTS && en.split(/\s+/u).some((t) => dottedParts(t) === n);
}

// Read from the previous pair's tail (see lastRun): one stop follows the word.
const WORD_BEFORE_STOP = /([\p{L}\p{N}_]+)[.]$/u;

// The two helpers below stand at module level, not as closures made on every pair: tsx (the tests', the benches' and
// the development server's compiler) names each closure as it is made, which cost more than the test itself.

/**
 * Whether the English pair opens on `word` (whole), or opens in lower case as `word` does: a cut inside one name or
 * one sentence. By comparing text, not a pattern built from the word: `trimStart` drops what `^\s*` would skip.
 */
function englishOpensWith(en: string | undefined, word: string): boolean {
  if (en === undefined) return false;
  const rest = en.trimStart();
  return (rest.startsWith(word) && !LETTER_FIRST.test(rest.slice(word.length, word.length + 2))) || (/^\p{Ll}/u.test(word) && /^\s*\p{Ll}/u.test(en));
}
const LETTER_FIRST = /^\p{L}/u;

/** Whether the stop that ends the previous pair joins a name of code with `first` (see dotInName). */
function nameAcrossPairs(prevPt: string, mark: string, first: string, context: CheckContext): boolean {
  const before = mark === "." ? lastRun(WORD_BEFORE_STOP, prevPt.trimEnd(), 1) : undefined;
  return before !== undefined && dotInName(before, first, context, true);
}

/**
 * A dotted name the document writes as code somewhere: given a value or called ("na.rm = FALSE", "as.vector(x)") or
 * quoted as a string (options("na.action")). R names its arguments and functions with dots between lower-case words,
 * so "na.rm" in the prose is that name again, not two sentences glued ("na" ending one and "rm" starting the next).
 */
const DOTTED_CODE = /(?<![\p{L}\p{N}_.])([\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)+)(?=\s?=(?!=)|\(|["'])/gu;
const QUOTED_BEFORE = /["']$/u;
function dottedCodeNames(pairs: readonly CheckInput[]): Set<string> {
  const out = new Set<string>();
  for (const p of pairs) {
    if (!p.pt.includes(".")) continue;
    for (const m of execAll(DOTTED_CODE, p.pt)) {
      // A quotation mark after the name counts only when one opens it too ("\"na.action\""): not a quotation's own stop.
      const after = p.pt[m.index + m[0].length];
      if (after === '"' || after === "'") { if (!QUOTED_BEFORE.test(p.pt.slice(0, m.index))) continue; }
      out.add(m[1]!);
    }
  }
  return out;
}

/**
 * A wiki page's name heading the page's export ("Ajuda:Edição de páginas", "Manual:Instalação do servidor"): the
 * namespace and the title glued by a colon, as the wiki's page names and addresses write them. Only the document's
 * first line, the name alone on it, both words capitalised, a title's length and no stop: a sentence after a glued
 * colon ("Nota:Se a máquina fizer parte de um domínio, defina-o.", "Botão de Navegação:Este é um botão…") or a short
 * line further on ("Atenção:Não desligue o servidor", after the text's first pair) is a missing space.
 */
const WIKI_PAGE_NAME_LINE = /^\p{Lu}\p{Ll}+:\p{Lu}[^\n.!?;:,]{0,60}$/u;
function wikiPageNameLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (text.slice(lineStart, at).trim() !== "") return false;
  const lineEnd = text.indexOf("\n", at);
  return WIKI_PAGE_NAME_LINE.test(text.slice(at, lineEnd < 0 ? text.length : lineEnd).trimEnd());
}

export const punctuationMissingSpace: Check<"punctuation-missing-space"> = {
  id: "punctuation-missing-space",
  family: "punctuation",
  severity: "warning",
  name: "Missing space after punctuation",
  description: "Two words are glued by a full stop, comma, colon or question mark without the space after it.",
  run(pair, context) {
    const out: Flag[] = [];
    // A mark straight before a letter is rare; looking for it first spares the pattern's lookbehind at every offset.
    if (GLUED.test(pair.pt)) for (const m of execAll(JOINED, pair.pt)) {
      const [all, left, mark, right] = m as unknown as [string, string, string, string];
      // "any,all", "root:root", "hh:mm": a comma or colon between words that are not Portuguese joins code, not prose.
      if ((mark === "," || mark === ":" || mark === ";") && !(isPortuguese(left, context) && isPortuguese(right, context)) && !commaInProse(mark, left, right, tokenAround(pair.pt, m.index, m.index + all.length), context, pair.en)) continue;
      // "x,y", "O,x": variables of a formula, written without spaces on purpose.
      if ((mark === "," || mark === ";" || mark === ":") && /^[\x00-\x7f]+$/u.test(left + right) && left.length <= 2 && right.length <= 2) continue;
      if (mark === "." && (AFTER_DOT.has(right.toLowerCase()) || /\p{Lu}/u.test(left.slice(-1)) || left.length === 1)) continue;
      // Initialisms and abbreviations: "e.g", "p.ex", "U.S".
      if (mark === "." && (right.length === 1 || /^(?:p|e|i|a|s)$/u.test(left))) continue;
      if (/\/\//u.test(pair.pt.slice(Math.max(0, m.index - 20), m.index + all.length))) continue;
      // The whole token is an address, an assignment or a vector ("ldap://host/dn?atributos?escopo", "stdel=[h,delta]").
      if (/:\/\/|[=[]/u.test(tokenAround(pair.pt, m.index, m.index + all.length))) continue;
      // "DONO:GRUPO": metavariables in capitals; "'isto:aquilo'" where the English glues its example too ("this:that").
      if (mark === ":" && ((/^\p{Lu}+$/u.test(left) && /^\p{Lu}+$/u.test(right)) || /\p{L}:\p{L}/u.test(pair.en ?? ""))) continue;
      if (mark === "." && dotInName(left, right, context)) continue;
      if (mark === ":" && !pair.prevPt?.trim() && wikiPageNameLine(pair.pt, m.index)) continue;
      if (pair.en?.includes(all)) continue;
      // So does the English beside a thin pair's (the aligner paired the sentence apart): the same two tokens glued by the same mark.
      if (englishShowsForm(pair, mark, { before: left, after: right, sides: "both" })) continue;
      if (mark === "," && argumentList(pair.pt, m.index, m.index + all.length, pair.en)) continue;
      if (mark === "." && dottedNameAsEnglish(pair.pt, m.index, m.index + all.length, pair.en)) continue;
      // "nome.serviço" for "name.service": the English writes a name of file with a dot between words, translated here.
      if (mark === "." && /^\p{Ll}/u.test(left) && /^\p{Ll}/u.test(right) && pair.en !== undefined && DOTTED_NAME.test(pair.en)) continue;
      // English left in beside the mark ("dos parâmetros.for a description of parameters."): the untranslated checks' finding.
      if (englishLeftoverAt(pair.pt, pair.en, m.index + left.length, m.index + left.length + 1, context.spellers)) continue;
      // "co,mando": a comma inside one word, whose halves are no words of their own; a space would make two non-words.
      if (mark === "," && strayInWord(left, right, context)) {
        out.push(flagAt(this, pair.pt, m.index, m.index + all.length, `Stray "," inside "${left}${right}".`, `${left}${right}`));
        continue;
      }
      const next = ".!?".includes(mark) ? capitalise(right) : right;
      out.push(flagAt(this, pair.pt, m.index, m.index + all.length, `Add a space after "${mark}".`, `${left}${mark} ${next}`));
    }
    // The segmenter splits at a glued stop, so "aumentam." ends one pair and "amodei" starts the next.
    const first = LEADING_LETTERS.exec(pair.pt);
    const mark = pair.prevPt?.trimEnd().slice(-1) ?? "";
    // Where the English pair opens on the same word, the segmenter cut both sides inside one name ("sources.list").
    // An English pair that opens in lower case was cut inside a sentence too ("package-type as specified…"),
    // unless the Portuguese word is capitalised: "Logartimo decimal.Se x é um vetor…" opens a sentence
    // whose English starts with code ("log10(x) is…"), and the segmenter splits there since session 7.
    // The segmenter also cuts inside a name of code after its dot ("Fac3d color." | "data", "arquivo .dem." | "sc"): the same names as inside a pair.
    // Asked last: only a pair glued to the one before gets this far, and most pairs follow a stop.
    if (pair.gapBefore === "" && first && ".,;:!?".includes(mark) && mark !== "" && !AFTER_DOT.has(first[0].toLowerCase()) && !englishOpensWith(pair.en, first[0]) && !gluedInsideLiteral(pair) && !nameAcrossPairs(pair.prevPt!, mark, first[0], context)) {
      const next = ".!?".includes(mark) ? capitalise(first[0]) : first[0];
      out.push(flagAt(this, pair.pt, 0, first[0].length, `Add a space after the "${mark}" that ends the previous sentence.`, ` ${next}`));
    }
    return out;
  },
  runDocument(pairs, context) {
    const pairFlags = pairs.map((pair) => this.run!(pair, context));
    // Only a stop glued inside one pair's token asks for the document's names of code.
    if (!pairFlags.some((fs) => fs.some((f) => f.text.includes(".")))) return { pairFlags, documentFlags: [] };
    const names = dottedCodeNames(pairs);
    return { pairFlags: names.size ? pairFlags.map((fs) => fs.filter((f) => !names.has(f.text))) : pairFlags, documentFlags: [] };
  },
};
