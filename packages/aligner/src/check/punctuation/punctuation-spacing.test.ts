import { describe, expect, it } from "vitest";
import type { CheckInput } from "../../types.ts";
import { DEFAULT_CONTEXT, runCheck } from "../render-flags.ts";
import { punctuationSpacing } from "./punctuation-spacing.ts";

const pair = (pt: string, en?: string): CheckInput => (en === undefined ? { pt } : { pt, en });

describe("punctuation-spacing", () => {
  it.each([
    ["hit: space before comma", pair("o modelo , que"), [" ,→,"]],
    ["hit: space before comma, English without it", pair("No modo de janela , a caixa", "In window mode, the box"), [" ,→,"]],
    ["hit: double space", pair("o  modelo"), ["  → "]],
    ["near miss: ellipsis and dash", pair("e então ... nada — certo"), []],
    // Development corpus (man pages, help): a mark spoken of, not used.
    ["near miss: a stop named, a parenthesis after it", pair("o padrão . (ponto) pode não coincidir"), []],
    ["near miss: a stop named by the word before it", pair("O ponto . coincide com qualquer caractere único."), []],
    ["near miss: a mark after the word 'caracteres'", pair("classes de caracteres ? e * e [..] nos ficheiros"), []],
    ["hit: a space before a comma after an ordinary word ending in 'ponto'", pair("No contraponto , a voz"), [" ,→,"]],
    ["near miss: a list of characters", pair("os caracteres . + - : ~ são aceites"), []],
    ["near miss: the English spaces the mark too", pair("Mesmo que ! expr, mas não POSIX.", "Same as ! expr, but not POSIX compliant."), []],
    // A translator keeps the stop apart from an address so it is not copied with it.
    ["near miss: a stop spaced after a URL", pair("Veja https://gimp.org ."), []],
    ["near miss: two spaces in a table row the English has too", pair("#1 primary 16.4 MB  B f ext2", "#1 primary 16.4 MB  B f ext2"), []],
  ])("%s", (_name, p, expected) => expect(runCheck(punctuationSpacing, p)).toEqual(expected));
});

// Development corpus (Scilab help, man pages): classes of false alarms, each a near miss.
describe("punctuation-spacing, development corpus", () => {
  it.each([
    ["a code token before the stop (a call)", pair("Para o co-seno da matriz, use a função cosm(X) .")],
    ["a code token before the comma (an assignment)", pair("Perceba que ones(3) é ones(a) com a=3 , i.e., NÃO é uma matriz 3x3!")],
    ["a code token before the stop (a variable with a digit)", pair("Para dois números reais x1 e x2 , o valor é definido.")],
    ["a quoted value before the stop", pair("A raiz de uma entidade Label deve ser do tipo \"Axes\" .")],
    ["a one-letter variable before the stop", pair("na representação padrão ij, v .")],
    ["a numbered definition-list label", pair("1 : representação de inteiros de um byte")],
    ["a conversion-spec label", pair("d,i : converte um inteiro")],
    ["a comment in an example", pair("// exemplo 2 : mostra comportamento de splines diferentes")],
    ["a help page's navigation trail", pair("Scilab Help >> Gráficos : exportando > xend")],
    ["code in a document pass", pair("xtitle( 'Minha superfície', 'eixo X' , boxed = %t ) ;")],
    ["a named stop the segmenter cut from its name", { pt: "Por outro lado, quando tipo é binary, o padrão .", nextPt: "(ponto) pode não coincidir." }],
    ["two spaces lining up a formula", pair("s(x,y) = s(proj(x,y)) onde  proj(x,y) é o ponto mais próximo")],
    // A spaced stop, question or exclamation mark before a word in lower case is the character spoken of, not a sentence's end.
    ["a stop spoken of, a lower-case word after it (the current directory)", pair("EINVAL caminho tem . como último componente.")],
    ["a question mark spoken of, a lower-case word after it (a wildcard)", pair("se encontrar um ? sem qualquer condição, entra na última instância.")],
    // Two spaces before a command and its option set the literal apart, as the typeset page did.
    ["two spaces before a command line", pair("unxz é equivalente a  xz --decompress.", "unxz is equivalent to xz --decompress.")],
    // Session 18 (hand-written administration documents, no English): gaps of two spaces or more along one line line up columns.
    ["a command's output header lined up in columns", pair("Filesystem      Size  Used Avail Use% Mounted on")],
    ["an editor's table header, gaps of two and more", pair("Filesystem   blocks    soft    hard  inodes  soft  hard")],
    ["a status line whose fields are set apart by two spaces", pair(" 10:42:17 up 37 days,  2:11,  3 users,  load average: 0.52")],
  ])("near miss: %s", (_name, p) => {
    expect(runCheck(punctuationSpacing, p)).toEqual([]);
    expect(punctuationSpacing.runDocument!([p], DEFAULT_CONTEXT).pairFlags.flat()).toEqual([]);
  });
  it.each([
    ["a space before a comma after a word", pair("No modo pause , permite retornar a um nível inferior."), [" ,→,"]],
    ["a space before a stop after a parenthesis of words", pair("O valor é usado (por padrão) .", "The value is used (by default)."), [" .→."]],
    ["a word label spaced from its colon", pair("Nota : se uma variável é global, um asterisco aparece."), [" :→:"]],
    ["two spaces between prose words", pair("xadj, adjncy, anz = representação  de adjacência"), ["  → "]],
    ["a spaced stop before a capital ends a sentence", pair("Há 4 ligações . Depois, some-as."), [" .→."]],
    ["a spaced question mark at the end of a question", pair("Qual é o valor ? Nenhum."), [" ?→?"]],
    ["two spaces before a word that is no command line", pair("coincide com o  máximo uma vez, -1 ou mais."), ["  → "]],
    // One doubled space in a line of prose is a slip even where other spaces are single.
    ["one doubled space, no other gap on the line", pair("Edite o arquivo  de configuração e reinicie o serviço."), ["  → "]],
    ["two doubled spaces in a sentence, which ends with its stop", pair("O sudo memoriza a palavra-passe durante 15  minutos  por terminal."), ["  → "]],
  ])("hit: %s", (_name, p, expected) => expect(runCheck(punctuationSpacing, p)).toEqual(expected));
});

describe("punctuation-spacing, a document's habit", () => {
  it("a document that spaces its punctuation throughout gets one finding, not a flag per pair", () => {
    const pairs = [{ pt: "Se o valor for verdadeiro , a caixa é desenhada." }, { pt: "O valor pode ser : ligado ou desligado." }, { pt: "Veja acima , por favor." }, { pt: "Tudo certo." }];
    const found = punctuationSpacing.runDocument!(pairs, DEFAULT_CONTEXT);
    expect(found.pairFlags.flat()).toEqual([]);
    expect(found.documentFlags.map((f) => `${f.text}→${f.suggestion}`)).toEqual([" ,→,"]);
    expect(found.documentFlags[0]!.message).toContain("3 spaces before punctuation");
  });
  it("a slip in one pair stays a pair flag", () => {
    const found = punctuationSpacing.runDocument!([{ pt: "o modelo , que" }, { pt: "Tudo certo." }], DEFAULT_CONTEXT);
    expect(found.pairFlags.map((f) => f.length)).toEqual([1, 0]);
    expect(found.documentFlags).toEqual([]);
  });
});

// Development corpus, tune half (issue 12, session 4): man-page syntax, each a named near miss.
describe("punctuation-spacing, man-page syntax (issue 12, session 4)", () => {
  it.each([
    ["an option's synopsis ending in its ';'", pair("-exec comando ;")],
    ["a stop spaced after an option", pair("A uso de aspas é tratado da mesma maneira que para -printf e -fprintf .")],
    ["a negation operator", pair("Mesmo que ! expr, mas não compatível com POSIX.")],
  ])("near miss: %s", (_name, p) => {
    expect(runCheck(punctuationSpacing, p)).toEqual([]);
    expect(punctuationSpacing.runDocument!([p], DEFAULT_CONTEXT).pairFlags.flat()).toEqual([]);
  });
  it.each([
    ["an exclamation before a capital", pair("Cuidado ! Isto apaga tudo."), [" !→!"]],
    ["a comma after a word in a sentence about options", pair("o conteúdo dos diretórios removidos nem mesmo é visitado , então"), [" ,→,"]],
  ])("hit: %s", (_name, p, expected) => expect(runCheck(punctuationSpacing, p)).toEqual(expected));
});

// Reference pages: a matrix written in the prose keeps the spacing of code.
describe("punctuation-spacing, a matrix in the prose", () => {
  it.each([
    ["a matrix of figures", "A matriz [1 , 2 ; 3 , 4] é inversível."],
    ["a matrix with short names", "o vetor [x1 , y1 ; x2 , y2] define os pontos"],
  ])("near miss: %s", (_n, pt) => expect(runCheck(punctuationSpacing, { pt, en: "The matrix [1, 2; 3, 4] is invertible." })).toEqual([]));
  it.each([
    ["a comma after words inside brackets", "as opções [veja a seção , abaixo]", [" ,→,"]],
    ["a comma in the prose before a matrix", "A matriz , que é [1 , 2], é pequena", [" ,→,"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(punctuationSpacing, { pt, en: "see below" })).toEqual(expected));
});

// Reference pages (Scilab help), session 6: code written in the prose keeps the spacing of code.
describe("punctuation-spacing, code in the prose", () => {
  const en = "The call is plain.";
  it.each([
    ["a call's arguments", "Use x = linspace(0 , 1 , 10) para gerar os pontos."],
    ["a call with a quoted argument", "Use xset('window' , 1) antes de desenhar."],
    ["statements after an assignment", "Defina a = 1 ; b = 2 para obter o resultado."],
    ["a loop's range", "O laço for i = 1 : 10 percorre os índices."],
    ["a comparison's value", "Se x == 1 , então y vale 2."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(punctuationSpacing, { pt, en })).toEqual([]));
  it.each([
    ["a comma in the prose after a call", "Use f(x) e depois o filtro , que desenha", [" ,→,"]],
    ["a stop after an assignment's value is the sentence's", "O valor padrão é x = 5 .", [" .→."]],
    ["a colon in the prose before a definition", "Os valores são 0 : desativado", [" :→:"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(punctuationSpacing, { pt, en })).toEqual(expected));
});

// Session 17 (issue 12, "the form follows the English"): a pair whose English is missing or thin is compared with the
// English beside it, at the same place: the same code token or name before the same spaced mark (text/english-form.ts).
describe("punctuation-spacing, the English beside a thin pair (session 17)", () => {
  const pt = "Poderá definir mais formatos no ficheiro do Kid , na pasta de configuração.";
  it("near miss: the neighbour's English spaces the mark after the same token", () =>
    expect(runCheck(punctuationSpacing, { pt, en: "", prevEn: "You can add formats in the file of Kid , in the folder." })).toEqual([]));
  it("hit: the neighbour's English has the token without the space", () =>
    expect(runCheck(punctuationSpacing, { pt, en: "", prevEn: "You can add formats in the file of Kid in the folder." })).toEqual([" ,→,"]));
  it("hit: a pair whose own English holds its text does not ask the neighbours", () =>
    expect(runCheck(punctuationSpacing, { pt, en: "You can define more formats by adding lines in the file of Kid in the configuration folder.", prevEn: "the file of Kid , here" })).toEqual([" ,→,"]));
});

// Session 18 (scientific reference pages): numpydoc's parameter lines space their colon by convention.
describe("punctuation-spacing, docstring parameter lines (session 18)", () => {
  it.each([
    ["a parameter and its type", "axis : None ou int, opcional"],
    ["names joined by commas", "a_min, a_max : escalar ou array_like ou None"],
    ["on the line above its description", "out : ndarray\n    Um array com os elementos de a."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(punctuationSpacing, { pt })).toEqual([]));
  it.each([
    ["a sentence with its stop after the spaced colon", "nota : o valor padrão é 1.", [" :→:"]],
    ["a label of words in capitals", "Atenção : use um int", [" :→:"]],
    ["a spaced colon inside the sentence, not after a name opening the line", "O valor padrão de axis : None", [" :→:"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(punctuationSpacing, { pt })).toEqual(expected));
});
