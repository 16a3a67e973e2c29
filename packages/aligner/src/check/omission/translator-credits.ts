/**
 * The translation's own section of a translated page: a man page's "TRADUÇÃO" with who
 * translated it, where to report its errors and its licence ("A tradução Portuguesa foi feita
 * por…", "Se encontrar algum erro na tradução deste documento…"), a translator's note on the
 * translation. The translators add it on purpose; it has no English and leaves nothing out.
 */

/**
 * A line about this text's translation, not about translating ("definição e tradução de termos
 * musicais" is a glossary's description): "a tradução … foi feita", "esta tradução é", "erro na
 * tradução deste documento", "documento traduzido", "traduzido errado", the translators.
 */
const ABOUT_TRANSLATION = [
  /(?<!\p{L})(?:a|esta|na|da)\s+tradu[çc][ãa]o(?:\s+(?:portuguesa|brasileira|para|o|português|brasileiro|europeu))*\s+(?:foi|é|está|deste|desta|feita|criada|revista)(?!\p{L})/iu,
  /(?<!\p{L})(?:documento|página|manual)\s+traduzid[oa]|partes\s+não\s+traduzidas|traduzid[oa]\s+errad[oa]|(?<!\p{L})tradutor(?:es|as)?(?!\p{L})/iu,
  // The request for reports of the translation's errors: "Por favor comunique quaisquer erros de tradução para…" (debconf),
  // "Relate erros de tradução para <https://translationproject.org/…>" (manpages-pt-br).
  /(?<!\p{L})(?:comuni(?:que|car)|relat(?:e|ar)|report(?:e|ar)|inform(?:e|ar)|envi(?:e|ar)|notifi(?:que|car))(?!\p{L})[^.!?]*?(?<!\p{L})erros?\s+(?:de|da|na|nesta)\s+tradu[çc][ãa]o(?!\p{L})/iu,
];
/**
 * A credit line naming the translator, as KDE's handbooks close every page ("Tradução de André Marcelo
 * Alvarenga (alvarenga AT kde.org)", "Tradução de José Nuno Pires") and old man pages do ("TRADUZIDO POR
 * LDP-BR em 21/08/2000."): "Tradução de/por" or "Traduzido por" before a name.
 */
const CREDIT_LINE = /^\s*(?:[Tt]radu[çc][ãa]o|TRADU[ÇC][ÃA]O|[Tt]raduzid[oa]|TRADUZID[OA]|[Rr]evis[ãa]o|REVIS[ÃA]O)\s+(?:de|por|DE|POR)\s+\p{Lu}/u;
/** The section's heading, as the man pages write it ("TRADUÇÃO", "Tradução e revisão"). */
const HEADING = /^\s*(?:TRADU[ÇC][ÃA]O|Tradu[çc][ãa]o)(?:\s+(?:E|e)\s+\p{L}+)?\s*:?\s*$/u;
/** A line of the section that does not name the translation: the translator's name, a disclaimer ("Nenhuma responsabilidade é aceita."). */
const MAX_FOLLOWING_WORDS = 6;

export const isCreditsLine = (text: string): boolean => HEADING.test(text) || CREDIT_LINE.test(text) || ABOUT_TRANSLATION.some((p) => p.test(text));

/** A Portuguese line with no English in the translator's section: it names the translation, or follows a line that does and is short. */
export function isTranslatorCredit(text: string, prevPt: string | undefined): boolean {
  if (isCreditsLine(text)) return true;
  return prevPt !== undefined && isCreditsLine(prevPt) && (text.match(/\S+/gu)?.length ?? 0) <= MAX_FOLLOWING_WORDS;
}
