import { flagAt, type Check } from "../check.ts";
import { lines } from "../text/lines.ts";

/*
 * A translation made by a chat assistant often arrives with the assistant's words to whoever asked for it:
 * a preamble ("Claro! Aqui está a tradução para o português:"), a sign-off ("Espero que isso ajude! Se
 * precisar de ajustes, é só pedir.") or a note on its own choices ("Nota: mantive os nomes em inglês.").
 * A document translated in chunks has one at every chunk. They are speech acts aimed at the requester:
 * presenting "the translation", offering more work in the first person, or explaining "I kept/translated".
 * A document's own prose about translation speaks of it in the third person ("A tradução desta página foi
 * feita por voluntários"), so the patterns below need the requester's conversation, not the word "tradução".
 */

/** A word edge that knows accents: the ASCII-only word boundary would cut "está" after "est". */
const END = String.raw`(?![\p{L}\p{N}])`;

/** An interjection an assistant opens with ("Claro!", "Com certeza,"). */
const INTERJECTION = String.raw`(?:claro|certo|com certeza|perfeito|ótimo|sem problemas?|entendido|of course|sure|certainly)${END}[!,.:]?`;
const OPENER = String.raw`(?:${INTERJECTION}\s+)?`;

/** Presenting its output: "aqui está a tradução", "segue o texto traduzido", "eis a versão em português". */
const PRESENTS = new RegExp(
  String.raw`^${OPENER}(?:aqui (?:está|estão|vai|vão|segue|seguem)|segue|seguem|eis|abaixo (?:está|estão|segue|seguem))\s+` +
    // The thing presented right after its article: "a tradução", "o texto traduzido", "uma proposta de tradução".
    String.raw`(?:a|o|as|os|uma|um|sua|seu|minha|meu)\s+(?:[\p{L}-]+\s+){0,2}?(?:tradução|traduções|versão traduzida|versão em português|texto traduzido|texto em português|texto revisado|versão revisada)${END}`,
  "iu",
);

/** The same preamble left in English: "Here is the translation", "Sure! Here's the Portuguese version". */
const PRESENTS_EN = new RegExp(String.raw`^${OPENER}here(?: is|'s|’s| are) (?:the|your|a)${END}[^.!?\n]{0,40}?(?:translation|portuguese version|translated text)${END}`, "iu");

/** Offering more, in the first person, to the one who asked. */
const OFFERS = new RegExp(
  String.raw`^(?:espero que (?:isso|isto|esta tradução|a tradução|este texto|esta versão) (?:ajude|seja útil|atenda)` +
    String.raw`|(?:se|caso) (?:precisar|precise|quiser|queira|desejar|deseje|preferir|prefira|tiver)${END}[^.!?\n]{0,60}?(?:é só (?:pedir|dizer|avisar|falar)|(?:me|nos) (?:avise|diga|informe)|(?:estou|fico) à (?:sua )?disposição|posso (?:ajudar|ajustar|revisar|traduzir|adaptar|fazer))` +
    String.raw`|posso ajudar (?:com|em) (?:mais )?(?:alguma|outra) coisa` +
    String.raw`|(?:quer|deseja|gostaria) que eu${END}` +
    String.raw`|i hope this helps|let me know if you (?:need|want|would like))`,
  "iu",
);

/** A note on its own choices: "Nota: mantive…", "Observação: optei por…", "(Obs.: traduzi…". */
const OWN_CHOICES = new RegExp(
  String.raw`^[(\[]?(?:nota(?: do tradutor| da tradução)?|observação|obs\.|note)\s*:\s*(?:eu\s+)?(?:mantive|optei|traduzi|preservei|adaptei|deixei|usei|utilizei|preferi|i kept|i translated|i left)${END}`,
  "iu",
);

const isAssistantNote = (line: string): boolean => PRESENTS.test(line) || PRESENTS_EN.test(line) || OFFERS.test(line) || OWN_CHOICES.test(line);

/** An interjection alone ("Claro!"): the segmenter cuts it from the preamble it opens. */
const OPENER_ALONE = new RegExp(`^${INTERJECTION}$`, "iu");

/** Whether the text after an interjection, in the pair or the next one, is the assistant's note it opens. */
const opensNote = (after: string | undefined): boolean => after !== undefined && isAssistantNote(after.trimStart().split("\n", 1)[0]!);

export const junkAssistantNote: Check<"junk-assistant-note"> = {
  id: "junk-assistant-note",
  family: "junk",
  severity: "warning",
  name: "Translation tool's note",
  description: "The chat assistant's words to whoever asked for the translation (\"Aqui está a tradução:\", \"Espero que isso ajude\"), not part of the text.",
  run(pair) {
    // The English saying it too makes it the text's own (a page about translating that shows such a line).
    const english = pair.en?.trim() ? lines(pair.en).map((l) => l.text) : [];
    if (english.some(isAssistantNote)) return [];
    const ptLines = lines(pair.pt);
    return ptLines
      .filter((l, k) => isAssistantNote(l.text) || (OPENER_ALONE.test(l.text) && opensNote(ptLines[k + 1]?.text ?? pair.nextPt)))
      .map((l) => flagAt(this, pair.pt, l.start, l.end, "The translation tool's words to whoever asked for the translation, not part of the text: leave them out.", ""));
  },
};
