/**
 * Words that introduce a quotation as the screen shows it: a control, an option or a message of the interface named before
 * its label ("clique em “Apply changes”", "escolha “Assistido - usar o disco inteiro”"), or a verb of showing or of
 * failing before a program's message ("falhar com «Temporary failure in name resolution»", "passa a mostrar “start
 * request repeated too quickly”", "falham com a mensagem «…»"). Documentation quotes such text as the program writes it,
 * so that the reader recognises it on the screen: its language and its punctuation are the program's. Each pattern ends
 * at the opening quote. A noun alone ("a mensagem “ai unicorn”") names no program's act; the label test asks a capital too.
 */
export const UI_WORD_BEFORE_QUOTE = /(?<![\p{L}])(?:opção|opções|botão|botões|menu|entrada|entradas|campo|caixa|filtro|comando|diálogo|janela|ecrã|tela|aba|separador|guia|item|ferramenta|modo|predefinição|mensagem|mensagens|tecla|marque|desmarque|clique|carregue|selecione|seleccione|escolha|ative|active|ligar|desligar)(?![\p{L}])[^“"«.!?\n]{0,12}[“"«]$/iu;
export const MESSAGE_INTRO = /(?<![\p{L}])(?:(?:mostr|exib|imprim|apresent|escrev)(?:a|am|e|em|ir|ar|ará|ou)|(?:falh|par|termin|abort)(?:a|am|e|em|ar|ou|ará) com)(?:\s+(?:a|o|as|os|uma|um))?(?:\s+(?:mensage(?:m|ns)|erros?|avisos?))?[\s:]*[“"«]$/iu;

/** Whether the text up to an opening quote introduces the quotation as a label or a message the program shows. */
export const introducesShownText = (beforeQuote: string): boolean => UI_WORD_BEFORE_QUOTE.test(beforeQuote) || MESSAGE_INTRO.test(beforeQuote);
