import { describe, expect, it } from "vitest";
import { DEFAULT_CONTEXT, runCheck } from "../render-flags.ts";
import { hyphenListItems, punctuationHyphenDash } from "./punctuation-hyphen-dash.ts";

describe("punctuation-hyphen-dash", () => {
  it.each([
    ["hit: spaced hyphen", "Fiquei chocado - é como se mudar", [" - → — "]],
    ["near miss: range", "uma proposição de 60-40 ou 70-30", []],
    ["near miss: bullet", "- Por que a OpenAI está mudando;", []],
    ["near miss: compound", "o pós-treinamento e o band-aid", []],
  ])("%s", (_name, pt, expected) => expect(runCheck(punctuationHyphenDash, { pt })).toEqual(expected));
});

// Help and reference pages of the development corpus.
describe("punctuation-hyphen-dash, software help", () => {
  it.each([
    ["a spaced range between figures", { pt: "as direções de uma bússola (0 - 360)." }],
    ["a code line", { pt: "y = atan(-%eps - 2*%i);" }],
    // Office-suite help ends a menu path on the tab it opens, its kind of control in lower case before the label.
    ["a menu path ending on a tab", { pt: "Para definir o formato, escolha Formatar - Células - guia Números." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  // Session 18 (hand-written administration documents): a label or message quoted as the screen shows it, named so before the quote.
  it.each([
    ["an installer's option after 'escolha'", { pt: "Na etapa de particionamento, escolha “Assistido - usar o disco inteiro e configurar LVM” e depois “Partição /home separada”." }],
    ["a kernel message after a verb of stopping", { pt: "Se o kernel parar com «Kernel panic - not syncing: VFS: Unable to mount root fs», falta um driver." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it.each([
    ["a short quotation nothing names as shown", { pt: "O lema “simples - e rápido” resume o projeto." }],
    ["a dash after the shown quotation closes", { pt: "Escolha “Assistido” - a opção mais simples." }],
  ])("hit: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([" - → — "]));
  it("hit: the English has a dash where the Portuguese has a spaced hyphen", () => {
    expect(runCheck(punctuationHyphenDash, { pt: "Recarrega a imagem - a menos que outro aplicativo a mude.", en: "It reloads the image — unless another application changed it." })).toEqual([" - → — "]);
  });
});

// Development corpus (Scilab help, GIMP help, man pages): a minus sign, not a dash.
describe("punctuation-hyphen-dash, development corpus", () => {
  it.each([
    ["a minus between terms of a formula", { pt: "(s*E-A)^-1 = (Bfs/chis) - Bis." }],
    ["a minus inside a call", { pt: "a aproximação é próxima a x no sentido de que abs(N./D - X) <= tol*abs(x)." }],
    ["a formula copied from the English", { pt: "(a1/d) - inv(a)", en: "(a1/d) - inv(a)" }],
    ["a formula written in words", { pt: "Tom da direita = Cor da borda - metade da influência" }],
    ["the minus sign named after the plus", { pt: "Os prefixos + e - significam maior que e menor que." }],
    ["the minus sign named", { pt: "Note o sinal - antes de Bis." }],
    ["a help page's navigation trail", { pt: "Scilab Help >> Arquivos : funções de Entrada/Saída > Paths - Filenames > filesep" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it.each([
    ["a dash between prose words, the English's words differ", { pt: "Mudanças (HTML dividido) - o manual está dividido entre muitas páginas.", en: "Changes (split HTML) - the manual is split between many pages." }],
    ["a dash after a word ending a clause with an equals sign on another line", { pt: "x = 1\nO valor muda - e depressa." }],
  ])("hit: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([" - → — "]));
});

// Session 8 (tune half, KDE handbooks): the two tokens around the hyphen compared as words, without the punctuation the
// sentence attaches to them. Seen in KCalc's pt-BR and pt-PT handbooks.
describe("punctuation-hyphen-dash, the English's own tokens around the hyphen (issue 12, session 8)", () => {
  it.each([
    ["a range of buttons followed by a comma (KCalc 'C1 - C6,')", { pt: "podem ser colocadas em qualquer um dos seis botões C1 - C6, selecionando a constante.", en: "can be put on any of the six buttons C1 - C6 by selecting the desired constant." }],
    ["a range in brackets (the English's '(F1 - F12)')", { pt: "as teclas de função (F1 - F12).", en: "the function keys (F1 - F12) are free." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it.each([
    ["the word before the hyphen translated", { pt: "a lista de botões, - e depois", en: "the list of buttons, - and then" }],
    ["the English's tokens differ", { pt: "os botões C1 - depois C6, agora", en: "the buttons C1 - C6 now" }],
  ])("hit: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([" - → — "]));
});

// Session 8 (tune half, JuK's pt-BR handbook): a spaced hyphen inside a file's name written with spaces.
describe("punctuation-hyphen-dash, inside a file's name (issue 12, session 8)", () => {
  it.each([
    ["a track number and title (JuK)", { pt: "músicas que aparecem no disco como 01 - Título.mp3, se as tiver obtido", en: "songs which appear on disk as 01 - Title.mp3 if you got them" }],
    ["an artist and a title of several words (JuK)", { pt: "uma música chamada Marisa Monte - Amor I Love You.mp3 poderia adivinhar", en: "a song name such as Roxette - You've Got the Look.mp3 would guess" }],
    ["a document's name (JuK's tagger)", { pt: "o arquivo Relatório do conselho - Junho 2003.doc foi", en: "the file Board report - June 2003.doc was" }],
    ["a quoted name with commas and stops (JuK's tagger)", { pt: "nomes de arquivos como “Marisa Monte - O Que Me Importa - Memórias, Crônicas e Declarações de Amor.mp3” ou “The Beatles - Sgt. Pepper's Lonely Hearts Club Band - Lucy In The Sky With Diamonds.mp3”.", en: "file names like “Pink Floyd - The Dark Side of the Moon - Us and Them.mp3”." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it.each([
    ["a dash in a sentence that names a file further on", { pt: "Salve o trabalho - depois, abra o arquivo notas.txt", en: "Save the work, then open notes.txt" }],
    ["a dash before a long clause that ends on a file", { pt: "Escolha um nome - o programa vai gravar tudo em um único arquivo chamado saida.txt", en: "Choose a name; everything goes to output.txt" }],
    ["a dash before a quoted file name", { pt: "Abra o arquivo - ou melhor, “notas finais.txt”", en: "Open the file, or rather “final notes.txt”" }],
  ])("hit: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([" - → — "]));
});

// Session 9 (fresh tune-only KDE handbooks, class C7): spaced hyphens that are a list's or a gloss's separator.
describe("punctuation-hyphen-dash, term/description and gloss separators (issue 12, session 9)", () => {
  it.each([
    ["a term kept as in the English before its description (Cervisia's history)", { pt: "Checkout - O utilizador que é mostrado na coluna 'Autor' extraiu um módulo", en: "Checkout - The user who is displayed in the 'Author' column has checked out a module" }],
    ["a translated term before a capitalised description (KHotKeys)", { pt: "A janela aparece - Activado quando é aberta uma janela.", en: "Window appears - Triggered when a window is opened." }],
    ["a placeholder before its description (KMenuEdit)", { pt: "%F - uma lista de arquivos; use nos aplicativos que podem abrir vários arquivos", en: "%F - a list of files; use for applications that can open several local files at once" }],
    ["an English name glossed in parentheses (CDDB)", { pt: "registros de CDDB (Compact Disc Data Base - banco de dados de CDs).", en: "upload CDDB (Compact Disc Data Base) entries." }],
    ["a quoted English name glossed after an article (Cervisia's pserver)", { pt: "(o pserver significa 'password authentication' - autenticação por senha).", en: "(pserver stands for password authentication)." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it.each([
    ["a prose dash after a short head opening a lower-case aside (CUPS)", { pt: "Especifica a qualidade de resultado - draft (3), normal (4)", en: "Specifies the output quality - draft (3), normal (4)" }],
    ["a dash in a sentence whose English has none", { pt: "Janela activa - A janela que está aberta de momento.", en: "Active window: the window that is currently open." }],
    ["a dash in parentheses before words the English does not have", { pt: "(veja o manual - capítulo 3)", en: "(see chapter 3 of the manual)" }],
    // Injected on Scilab's graycolormap page (seed 1): one word before the hyphen is no glossed name.
    ["one word in parentheses before the hyphen", { pt: "tons da primavera (magenta - amarelo)", en: "spring colors (magenta to yellow)" }],
    ["an acronym, not a gloss, after the English name (manpages-pt-br uri.7)", { pt: "Um URL (Uniform Resource Locator - URL) é uma URI", en: "A Uniform Resource Locator (URL) is a URI" }],
    ["a dash mid-sentence, with an English item elsewhere", { pt: "O programa abre a janela de configuração e mostra tudo - Depois fecha.", en: "Close - Closes it." }],
  ])("hit: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([" - → — "]));
});

// Session 13 (tune half, issue 12): the English writes the hyphen as the character itself, after a word no dash follows.
describe("punctuation-hyphen-dash, the hyphen the English names as a character (issue 12, session 13)", () => {
  it.each([
    ["an option that is a hyphen (CUPS lprm)", { pt: "Pode especificar números de trabalho ou usar a opção - para cancelar todos os trabalhos.", en: "You can specify job ID numbers or use the - option to cancel all jobs." }],
    ["a character words may hold (KHangMan)", { pt: "Você poderá incluir palavras com espaços ou - nelas; nesse caso, o espaço será apresentado.", en: "You can include words with white space or - in them, in that case the white space or the - will be shown." }],
    ["standard input named by a hyphen (xz)", { pt: "A menos que --stdout seja especificado, arquivos diferentes de - são gravados em um novo arquivo.", en: "Unless --stdout is specified, files other than - are written to a new file." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it.each([
    ["a dash beside the named character, more hyphens than the English names", { pt: "Use a opção - para cancelar tudo - e depressa.", en: "Use the - option to cancel all jobs quickly." }, [" - → — ", " - → — "]],
    ["a dash after a verb the English ends its phrase on (CUPS ppdc)", { pt: "--lf Especifica o fim de linha a usar - carriage return, carriage return e line feed.", en: "--lf Specifies the line ending to use - carriage return, carriage return and line feed." }, [" - → — "]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(punctuationHyphenDash, pair)).toEqual(expected));
});

// Session 15 (tune half, issue 12): a list of terms and their descriptions, three items or more in a row, each line
// "termo - descrição" as the English's. Reviewed false alarms in the handbooks of Cervisia, KBruch, KWin, KHotKeys,
// KolourPaint and Umbrello, both variants.
describe("punctuation-hyphen-dash, a term/description list laid out as the English's (issue 12, session 15)", () => {
  const item = (pt: string, en: string) => ({ pt, en });
  const list = [
    item("Aritmética - neste exercício, você terá de resolver um problema.", "Arithmetic - in this exercise you have to solve a task."),
    item("Comparação - neste exercício, você tem de comparar duas frações.", "Comparison - in this exercise you have to compare two fractions."),
    item("Máquina (nome) - restringe a correspondência ao nome da máquina.", "Machine (hostname) - restrict the match to the host name."),
  ];
  const findings = (pairs: { pt: string; en: string }[]) => punctuationHyphenDash.runDocument!(pairs, DEFAULT_CONTEXT);
  it("near miss: three items in a row, no flag and no document habit", () => {
    const found = findings(list);
    expect(found.documentFlags).toEqual([]);
    expect(found.pairFlags.flat()).toEqual([]);
  });
  it("near miss: an item re-checked alone with the document's context", () => {
    expect(runCheck(punctuationHyphenDash, list[0]!, { document: { hyphenListItems: [...hyphenListItems(list)] } })).toEqual([]);
  });
  it("near miss: an item whose paragraph goes on in further sentences (KBruch)", () => {
    const pairs = [list[0]!, { pt: "Este é o exercício principal.", en: "This is the main exercise.", gapBefore: " " }, ...list.slice(1)];
    expect(findings(pairs).pairFlags.flat()).toEqual([]);
  });
  it("hit: a paragraph between items ends the list", () => {
    // One item, then two: no run of three, so the three hyphens are the document's dashes.
    const pairs = [list[0]!, { pt: "Este é o exercício principal.", en: "This is the main exercise.", gapBefore: "\n\n" }, ...list.slice(1)];
    expect(findings(pairs).documentFlags.map((f) => f.text)).toEqual([" - "]);
  });
  it("hit: a second hyphen in an item's line is a dash", () => {
    const pairs = [...list, item("Expressão regular - são implementadas as do Qt - veja a correspondência.", "Regular Expression - Qt's are implemented - see matching.")];
    expect(findings(pairs).pairFlags.flat().map((f) => f.text)).toEqual([" - "]);
  });
  it("hit: two items in a row are no list (GIMP's 'O tamanho do pincel - curva de esmaecimento')", () => {
    const two = [item("O tamanho do pincel - curva de esmaecimento", "The brush size - fade curve"), item("A cor - curva de esmaecimento", "The color - fade curve")];
    expect(findings(two).pairFlags.flat().map((f) => f.text)).toEqual([" - ", " - "]);
  });
  it("hit: items whose English has no spaced hyphen", () => {
    expect(findings(list.map((p) => ({ ...p, en: p.en.replace(" - ", ": ") }))).documentFlags.map((f) => f.text)).toEqual([" - "]);
  });
});

// Session 15 (tune half, issue 12): a man page's NAME line shown as an example's text. Reviewed false alarms in
// lexgrog(1) (man-db, pt and pt-BR) and po4a(7) (pt).
describe("punctuation-hyphen-dash, a NAME line quoted or listed (issue 12, session 15)", () => {
  it.each([
    ["a NAME line quoted in an output line (lexgrog)", { pt: 'man.1: "man - um ambiente para os manuais de referência do sistema"' }],
    ["a NAME line in a listing (po4a's POD example)", { pt: "|=head1 NOME\n|\n|fictício - um programa fictício\n|" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it.each([
    ["a quotation whose first word is followed by a dash", { pt: 'Ele disse: "Isto - e só isto - importa."' }, [" - → — ", " - → — "]],
    ["a quote that does not close on the line", { pt: 'o título "manual - veja\nmais adiante' }, [" - → — "]],
    ["a quotation going on after its quote closes", { pt: 'a frase "sempre - nunca" continua aqui' }, [" - → — "]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(punctuationHyphenDash, pair)).toEqual(expected));
});

// Session 17 (issue 12, "the form follows the English"): a figure or a one-letter variable after the hyphen, or a one-letter
// variable before it, the same beside the English's own spaced hyphen, is a term of the source's formula: the hyphen is its minus.
describe("punctuation-hyphen-dash, an operand the same beside the English's hyphen (session 17)", () => {
  it.each([
    ["a figure after it (Okteta)", { pt: "Contudo, se existir algo do tipo tamanho - 1, terá então de ser em JavaScript.", en: "But if it is something like length - 1 it has to be JavaScript." }],
    ["a variable in brackets before it (deb-src-symbols)", { pt: "padrões genéricos são O(N) (N - contagem de padrão genérico) para cada símbolo.", en: "generic patterns are O(N) (N - generic pattern count) for each symbol." }],
    ["in the English beside a thin pair", { pt: "Contudo, se existir algo do tipo tamanho - 1, terá então de ser em JavaScript.", en: "", nextEn: "But if it is something like length - 1 it has to be JavaScript." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it.each([
    ["a name beside it: the English's hyphen is its dash (reviewed genuine)", { pt: "aplicações relacionadas com o KDE - obviamente, você poderá querer", en: "applications related to KDE - obviously, you may want" }],
    ["a year before it: a clause ends on it (the built-in corpus's interview)", { pt: "durante 2023 e 2024 - especialmente na primeira metade", en: "through 2023 and 2024 - especially the first half" }],
    ["an address beside it", { pt: "a página em 'www.kde.org' - em vez do firefox, você pode", en: "the page at 'www.kde.org' - instead of firefox, you can" }],
    ["the same figure, the English without the hyphen", { pt: "algo do tipo tamanho - 1, terá", en: "something like length minus 1 it has" }],
    ["translated words only beside the hyphen", { pt: "excedem 10 linhas de código - frequentemente 4 linhas", en: "exceed 10 lines of code - quite often 4 lines" }],
    ["the neighbours of a pair whose own English holds it", { pt: "Contudo, se existir algo do tipo tamanho - 1, terá então de ser em JavaScript.", en: "But if it is something like length minus one it has to be JavaScript.", nextEn: "length - 1" }],
  ])("hit: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([" - → — "]));
});

// Session 18 (scientific reference pages): with no English, a lone variable or figure on each side makes the hyphen a minus.
describe("punctuation-hyphen-dash, a minus between one-letter variables and figures (session 18)", () => {
  it.each([
    ["a model formula", { pt: "Para removê-lo, use y ~ x - 1 ou y ~ 0 + x." }],
    ["two variables", { pt: "Para o resto com o sinal de n, use pmodx, que calcula n - m vezes o quociente." }],
    ["variables with digits", { pt: "O passo é a diferença x1 - x0 entre os dois pontos." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationHyphenDash, pair)).toEqual([]));
  it.each([
    ["a Portuguese one-letter word after it", { pt: "Copie o pacote - e o resto dos arquivos." }, [" - → — "]],
    ["a word before the variable", { pt: "Use o valor padrão - x é ignorado nesse caso." }, [" - → — "]],
    ["a figure then a word", { pt: "A versão 2 - lançada em 2020 - trouxe a função." }, [" - → — ", " - → — "]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(punctuationHyphenDash, pair)).toEqual(expected));
});
