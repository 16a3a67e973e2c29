import type { Block } from "./split-blocks.ts";

/**
 * "Jordan Schneider: …" at the start of a turn, or "noé smith:" alone on its line: up to four
 * words of letters, then a colon. Numbers and long phrases are titles, not speakers.
 */
const LABEL = /^(\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,3}):(?=\s|$)/u;
const MAX_LABEL_CHARS = 40;
/** Words that join the parts of a name ("Maria da Silva", "Ludwig van Beethoven"). */
const PARTICLES = new Set(["de", "da", "do", "das", "dos", "e", "van", "von", "der", "del", "di", "du", "la", "le", "bin", "al"]);
/**
 * First words of capitalised labels that are not people ("Original Source:", "Aviso Legal:",
 * "Nota Importante:"): headings and sidebar labels of articles and manuals.
 */
const NOT_A_NAME = new Set([
  "aviso", "nota", "notas", "note", "notes", "atenção", "attention", "warning", "cuidado", "caution", "dica", "tip", "tips",
  "exemplo", "example", "examples", "importante", "important", "resumo", "summary", "fonte", "source", "original", "legal",
  "observação", "obs", "disclaimer", "update", "atualização", "see", "veja", "ver", "consulte", "leia", "read", "related",
  "título", "title", "autor", "author", "tradução", "translation", "compilation", "compilação", "por", "by", "para", "for",
  "the", "a", "o", "as", "os", "um", "uma", "an", "this", "esta", "este", "isso", "my", "minha", "meu", "our", "nossa",
  "step", "passo", "figure", "figura", "table", "tabela", "chapter", "capítulo", "section", "seção", "secção", "part", "parte",
  "description", "descrição", "usage", "uso", "options", "opções", "default", "padrão", "bug", "bugs", "files", "arquivos",
  "ficheiros", "environment", "ambiente", "exit", "return", "copyright", "license", "licença", "q", "a", "p", "r",
]);

export function labelAt(text: string, block: Block): string | undefined {
  const m = LABEL.exec(text.slice(block.start, Math.min(block.end, block.start + MAX_LABEL_CHARS + 1)));
  return m?.[1] && m[1].length <= MAX_LABEL_CHARS ? m[1] : undefined;
}

const key = (label: string) => label.normalize("NFC").toLocaleLowerCase("pt");
const lastWord = (label: string) => key(label).split(" ").at(-1) ?? "";

/** "Jordan Schneider", "Maria da Silva": two to four words, each capitalised but not in capitals, particles aside. */
function nameShaped(label: string): boolean {
  const words = label.split(" ");
  if (words.length < 2 || NOT_A_NAME.has(key(words[0]!))) return false;
  const named = words.filter((w) => !PARTICLES.has(w));
  return named.length >= 2 && named.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/** "noé smith", "dario amodei": two or three lower-case words (a text that lost its capitals). */
function lowerCaseNameShaped(label: string): boolean {
  const words = label.split(" ");
  return words.length >= 2 && words.length <= 3 && !NOT_A_NAME.has(key(words[0]!)) && words.every((w) => /^\p{Ll}+$/u.test(w));
}

/**
 * Decides whether a label opens a speaker's turn from the block itself and the document's
 * known speakers only: never from how often the label occurs elsewhere, so a paragraph's
 * segments cannot change because unrelated text was added far away.
 *
 * With known speakers, a label is one of them, or shares a known speaker's surname ("noé
 * smith" for Noah Smith, a machine translation's mangling). Without, a capitalised name of two
 * to four words followed by the turn ("Jordan Schneider: Olá."), or a lower-case name of two or
 * three words alone on its line ("noé smith:").
 */
export interface SpeakerRule {
  known: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}

export function speakerRule(known: readonly string[] = []): SpeakerRule {
  return {
    known: new Set(known.map(key)),
    surnames: new Set(known.map(lastWord).filter((w) => w.length >= 3)),
  };
}

/** How far into the turn a label's repetition is looked for (a term's definition names it early). */
const DEFINED_WITHIN = 400;

/**
 * "Menu Button: Click the Menu Button to display…", "Status Area: The Status Area is at…": a
 * title-case term of a manual followed by its definition, which names it again. A speaker's
 * turn does not open by saying the speaker's own name.
 */
function definesItself(label: string, turn: string): boolean {
  return key(turn.slice(0, DEFINED_WITHIN)).includes(key(label));
}

function isSpeaker(rule: SpeakerRule, label: string, alone: boolean, turn: string): boolean {
  if (rule.known.size > 0) return rule.known.has(key(label)) || (label.includes(" ") && rule.surnames.has(lastWord(label)));
  if (nameShaped(label)) return !definesItself(label, turn);
  return alone && lowerCaseNameShaped(label);
}

/** End offset of the label (after its colon) when `block` opens a speaker's turn. */
export function speakerLabelEnd(text: string, block: Block, rule: SpeakerRule): number | undefined {
  const label = labelAt(text, block);
  if (!label) return undefined;
  const end = block.start + label.length + 1;
  if (!isSpeaker(rule, label, end >= block.end, end >= block.end ? "" : text.slice(end, block.end))) return undefined;
  return end;
}
