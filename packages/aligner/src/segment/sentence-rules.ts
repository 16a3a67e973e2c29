import abbreviations from "./abbreviations.json" with { type: "json" };
import { abbreviationAlternatives } from "./abbreviation-alternatives.ts";

/**
 * Sentence-boundary rules as data, in the order they are tried (OmegaT's model): at each
 * candidate position the first rule whose `before` matches the text up to the position and
 * whose `after` matches the text from it decides. No matching rule means no break.
 *
 * `before` sees a window of the paragraph ending at the position; the window starts with
 * "\n" when it reaches the start of the paragraph, so "\n" in a pattern means "paragraph start".
 */
export interface SentenceRule {
  name: string;
  break: boolean;
  before: RegExp;
  after: RegExp;
  /** "lowercase": only in texts that are mostly lower case (sentences start in lower case). */
  onlyIn?: "lowercase" | "cased";
}

const always = [...abbreviations.shared, ...abbreviations.pt, ...abbreviations.en]
  .filter((a) => !abbreviations.mayEndSentence.includes(a));

/** What may open a sentence in cased text: not lower case, and not punctuation that continues one (". , e"). */
const OPENS_SENTENCE = /^\s+[^\p{Ll}\s,;:.!?)\]}]/u;

/** Characters that may follow a terminal mark and still belong to the sentence it ends. */
const CLOSERS = `["”’'»)\\]*]*`;

export const SENTENCE_RULES: readonly SentenceRule[] = [
  {
    name: "abbreviation",
    break: false,
    before: new RegExp(`(?:^|[\\s(“"'‘\\n])(?:${abbreviationAlternatives(always)})\\.$`, "iu"),
    after: /^/,
  },
  {
    // "U.S. Army" continues; "in the U.S. The" ends: decided by what follows.
    name: "abbreviation-then-lowercase",
    break: false,
    before: new RegExp(`(?:^|[\\s(“"'‘\\n])(?:${abbreviationAlternatives(abbreviations.mayEndSentence)})\\.$`, "iu"),
    after: /^\s+[\p{Ll}\d]/u,
    onlyIn: "cased",
  },
  { name: "initial", break: false, before: /(?:^|[\s\n])\p{Lu}\.$/u, after: /^\s+\p{Lu}/u },
  {
    // "1. é um tanto difícil": the marker of a numbered list, not a sentence.
    name: "list-number",
    break: false,
    before: /\n\s*(?:\d{1,3}|[a-z])[.)]$/u,
    after: /^\s/,
  },
  {
    // "4.7.1. Ativando o comando": a numbered section heading, not a sentence "4.7.1.".
    name: "section-number",
    break: false,
    before: /\n\s*\d{1,3}(?:\.\d{1,3})+\.$/u,
    after: /^\s/,
  },
  {
    // "Figura 16.112. O comando Descartar…": a caption's label, not a sentence "Figura 16.112."
    // (the English caption, without a final stop, is one heading; the two sides must agree).
    name: "caption-number",
    break: false,
    before: /\n\s*(?:Figura|Figure|Fig|Tabela|Table|Exemplo|Example|Procedimento|Procedure|Equação|Equation|Listagem|Listing)\.?\s+\d{1,3}(?:[.-]\d{1,4})*\.$/u,
    after: /^\s/,
  },
  {
    // "calcula n - m .* floor(n ./ m)", "a operação A .* B multiplica": the element-wise product of the matrix
    // languages (Scilab, Octave), spaced as an operator is. A sentence's stop follows its last word with no space
    // before it; the "*" after it is no closing emphasis either.
    name: "elementwise-operator",
    break: false,
    before: /\s\.\*$/u,
    after: /^/,
  },
  {
    // "key1=value1, key2=value2,... onde key1, key2,... pode ser", "Arcs, Segs,... (poligonais,
    // retângulos…)": an ellipsis after a comma stands for the rest of a list, and the sentence goes
    // on in lower case or with a bracket. In a mostly lower-case text too (a reference page of
    // definitions), where a lower-case start would otherwise open a sentence.
    name: "list-ellipsis-continues",
    break: false,
    before: /,\s?(?:\.\.\.|…)$/u,
    after: /^\s+[\p{Ll}(]/u,
  },
  {
    // "Note que outras operações usuais ( +, *, -, ^, etc.) não são definidas": an abbreviation
    // closing a bracket inside the sentence, which goes on in lower case (in any text).
    name: "abbreviation-in-brackets-then-lowercase",
    break: false,
    before: new RegExp(`(?:^|[\\s(“"'‘\\n,])(?:${abbreviationAlternatives(abbreviations.mayEndSentence)})\\.[)\\]]$`, "iu"),
    after: /^\s+\p{Ll}/u,
  },
  {
    name: "ellipsis-then-lowercase",
    break: false,
    before: new RegExp(`(?:\\.\\.\\.|…)${CLOSERS}$`, "u"),
    after: /^\s+\p{Ll}/u,
    onlyIn: "cased",
  },
  {
    // "O Antevisão... (Ctrl+P) irá abrir", "File → New Certificate... (Ctrl+N) starts", "O caractere .
    // (ponto) é usado", "Wilf. (G.Wilford@…) has been": a bracketed aside straight after the mark,
    // then a lower-case word, is the same sentence going on — the mark ended a menu command's label,
    // a quoted character or a name, not the sentence (development corpus, tuning half: KDE handbooks,
    // grep's man page, man-db's; the omission check read each cut-off half as an addition). An aside
    // that is itself a sentence ("(O qual dh_clean apaga.) então") is left to the rules below.
    name: "mark-then-aside-then-lowercase",
    break: false,
    before: new RegExp(`[.!?…]${CLOSERS}$`, "u"),
    after: /^\s+\([^()\n]{1,40}[^()\n.!?…]\)\s+\p{Ll}/u,
  },
  {
    // Machine-translated text glues sentences: "aumentam.amodei acredita". Domains, file
    // names and "e.g" are not sentences; two lower-case letters on each side keep them out.
    // Only in a text whose sentences start in lower case: in cased text a sentence opens with a
    // capital, and a stop glued to a lower-case word is a name's ("sources.list", "config.dat",
    // "invoke-rc.d", "winmail.dat", "sub.secção": 289 such cuts on the tuning half of the
    // development corpus, none at a sentence end; glue before a capital has its own rule below).
    name: "full-stop-without-space",
    break: true,
    before: /[\p{Ll}\d]{2,}[.!?]$/u,
    after: /^(?!(?:com|org|net|io|ai|br|pt|gov|edu|co|uk|js|ts|py|txt|html?|pdf|md)(?![\p{L}\p{N}]))(?:\p{Ll}{2,}|\p{Ll}\s)/u,
    onlyIn: "lowercase",
  },
  {
    // The same glue before a capital: "(…Rotacionar 90° horário).Renomeie- a", "modelagem
    // 3D.Quando você", "“Tile”.Note que", "--stop.Para daemons" (development corpus, tuning half:
    // every such place in both languages was two sentences; the omission check read the glued
    // one as missing). Kept apart from names: the word before ends in two lower-case letters
    // (a bracket or quote may close it) or is a number with a capital ("3D"), and the word after
    // is capitalised and goes on in lower case up to a space ("README.Debian" and "Sys.A é"
    // stay whole; file names and hosts are the literal-span pass's).
    name: "full-stop-without-space-before-capital",
    break: true,
    before: /(?:\p{Ll}{2}[)\]"”’»]?|(?:^|[\s(])\d+\p{Lu})[.!?]$/u,
    after: /^\p{Lu}\p{Ll}+[\s,-]/u,
  },
  {
    // "…of the model. o3 in ChatGPT…": names like o3 and iPhone start sentences in lower case.
    name: "full-stop-before-lowercase-name",
    break: true,
    before: new RegExp(`[.!?]${CLOSERS}$`, "u"),
    after: /^\s+\p{Ll}[\p{L}\d-]*(?:\d|\p{Lu})/u,
  },
  { name: "question-mark", break: true, before: new RegExp(`\\?${CLOSERS}$`, "u"), after: OPENS_SENTENCE },
  { name: "exclamation-mark", break: true, before: new RegExp(`!${CLOSERS}$`, "u"), after: OPENS_SENTENCE },
  { name: "ellipsis", break: true, before: new RegExp(`(?:\\.\\.\\.|…)${CLOSERS}$`, "u"), after: OPENS_SENTENCE },
  { name: "full-stop", break: true, before: new RegExp(`\\.${CLOSERS}$`, "u"), after: OPENS_SENTENCE },
  {
    // In an all-lower-case text a sentence may start in lower case.
    name: "terminal-then-lowercase",
    break: true,
    before: new RegExp(`[.!?…]${CLOSERS}$`, "u"),
    after: /^\s+\p{Ll}/u,
    onlyIn: "lowercase",
  },
];
