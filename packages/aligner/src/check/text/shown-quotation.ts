/**
 * Words that introduce a quotation as the screen shows it: a control, an option or a message of the interface named before
 * its label ("clique em “Apply changes”", "escolha “Assistido - usar o disco inteiro”"), or a verb of showing or of
 * failing before a program's message ("falhar com «Temporary failure in name resolution»", "passa a mostrar “start
 * request repeated too quickly”", "falham com a mensagem «…»"). Documentation quotes such text as the program writes it,
 * so that the reader recognises it on the screen: its language and its punctuation are the program's. Each pattern ends
 * at the opening quote. A noun alone ("a mensagem “ai unicorn”") names no program's act; the label test asks a capital too.
 */
export const UI_WORD_BEFORE_QUOTE = /(?<![\p{L}])(?:opção|opções|botão|botões|menu|entrada|entradas|campo|caixa|filtro|comando|diálogo|janela|ecrã|tela|aba|separador|guia|item|ferramenta|modo|predefinição|mensagem|mensagens|tecla|marque|desmarque|clique|carregue|selecione|seleccione|escolha|ative|active|ligar|desligar)(?![\p{L}])[^“"«.!?\n]{0,12}[“"«]$/iu;
// Besides showing and failing (session 18, hand-written FAQs): the step a program stops at ("o instalador para em
// “Detecting network hardware”"), what the reader gets or sees appear ("Recebo “Hash Sum mismatch”"), the lines of a log
// that contain it ("procure linhas que contenham “firmware: failed to load”"), and a FAQ's question about what it means
// ("O que significa “dpkg was interrupted”?"): each names the quotation as the words on the screen, mentioned, not used.
// Not the verbs of saying ("o instalador diz “…”" is a program's, but "o suporte diz “…”" a person's speech, and a
// speech left in English is a leftover: hand-made slips in the FAQ smoke set hid so).
// In the present, as the screen shows it on every run: a narrative past ("recebeu “…”") tells of someone, not of the screen.
const GETTING = "recebo|recebe|recebem|receber|obtenho|obtém|obtêm|obter|aparece|aparecem|surge|surgem";
const CONTAINING = "contém|contêm|contenha|contenham|contiver|contiverem|contendo";
// The question only ("O que significa “…”?"): a statement's "significa “…”" glosses, and a gloss left in English is a leftover.
const MEANING = "que significa|que significam|que quer dizer|que querem dizer";
export const MESSAGE_INTRO = new RegExp(
  `(?<![\\p{L}])(?:(?:mostr|exib|imprim|apresent|escrev)(?:a|am|e|em|ir|ar|ará|ou)|(?:falh|par|termin|abort)(?:a|am|e|em|ar|ou|ará) com|(?:par|trav|congel)(?:a|am|e|em|ar|ou|ará) em|${GETTING}|${CONTAINING}|${MEANING})(?![\\p{L}])` +
    `(?:\\s+(?:a|o|as|os|uma|um))?(?:\\s+(?:mensage(?:m|ns)|erros?|avisos?))?[\\s:]*[“"«]$`,
  "iu",
);

/** Whether the text up to an opening quote introduces the quotation as a label or a message the program shows. */
export const introducesShownText = (beforeQuote: string): boolean => UI_WORD_BEFORE_QUOTE.test(beforeQuote) || MESSAGE_INTRO.test(beforeQuote);
