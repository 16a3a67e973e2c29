import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { numberMissing } from "./number-missing.ts";
import { DEFAULT_CONTEXT } from "../render-flags.ts";
import type { CheckInput } from "../../types.ts";

describe("number-missing", () => {
  it.each([
    ["a version dropped", "Novidades desta versão do GIMP.", "What is new in GIMP 2.10.", ["Novidades desta versão do GIMP."]],
    ["a count dropped", "O filtro tem várias opções.", "The filter has 12 options.", ["O filtro tem várias opções."]],
    ["a year dropped", "O formato surgiu nos anos oitenta.", "The format appeared in 1987.", ["O formato surgiu nos anos oitenta."]],
    ["a list item dropped, the rest glued", "Útil quando o valor é igual a 2,4.", "Useful when the value equals 2, 3 or 4.", ["Útil quando o valor é igual a 2,4."]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(numberMissing, { pt, en })).toEqual(expected));

  it.each([
    ["the same digits", "O filtro tem 12 opções.", "The filter has 12 options."],
    ["a word for digits", "Há três métodos.", "There are 3 methods."],
    ["digits for a word", "Há 3 métodos.", "There are three methods."],
    ["one as a word", "É um dos filtros.", "It is one of the filters."],
    ["a footnote mark renumbered", "Veja a nota.[5]", "See the note.[7]"],
    ["an ordinal", "O primeiro passo.", "The 1st step."],
    ["a number inside a path", "Edite o ficheiro de configuração.", "Edit /etc/gimp/2.0/gimprc."],
    ["no English", "Nada aqui.", undefined],
    // Development corpus (tune half, Scilab GlobalProperty): a list of integers with its spaces lost is no decimal.
    ["a list with its spaces lost", "Útil quando color_flag é igual a 2,3 ou 4.", "Useful when color_flag equals 2, 3 or 4."],
  ])("clean: %s", (_n, pt, en) => expect(runCheck(numberMissing, en === undefined ? { pt } : { pt, en })).toEqual([]));
});

// Development corpus, tuning half: the English's figure is there in another form, or next door.
describe("number-missing, the figure in another form", () => {
  it.each([
    ["zero as a word (GIMP old photo)", { pt: "Quando você escolhe um tamanho menor que zero, a borda aparece.", en: "When you choose a size > 0, the border appears." }],
    ["a count without its figure (installation guide)", { pt: "coordena o trabalho de várias centenas de programadores", en: "coordinates the work of several hundred developers" }],
    ["a dimension as a word (GIMP animated brushes)", { pt: "Com uma matriz tridimensional, não falamos em linhas.", en: "With a 3d array we don't talk rows." }],
    ["a figure glued by a hyphen (Scilab cond)", { pt: "Número de condicionamento em norma-2.", en: "returns condition number in 2-norm." }],
    ["a sign for the English's tilde (debhelper)", { pt: "nesses -5 anos, este item foi removido", en: "in those ~5 years, this item have been removed" }],
    ["a year glued to its month (Scilab roots)", { pt: "ACM TOMS 1, 1 (Março1975), pp. 26-34", en: "ACM TOMS 1, 1 (March 1975), pp. 26-34" }],
    ["a list's comma before a figure (GIMP border average)", { pt: "tipos de Verde (0;255;0 ,63;240;63 ,48;224;47)", en: "kinds of Green ( 0;255;0 , 63;240;63 , 48;224;47 )" }],
    ["code as the English writes it (Scilab rgb2name)", { pt: "rgb2name(255,128,128)", en: "rgb2name(255,128,128)" }],
    ["a cited title kept in English (Scilab roots)", { pt: "(1970), A Three-Stage Algorithm for Real Polynomials.", en: "(1970), A Three-Stage Algorithm for Real Polynomials." }],
    ["an example's value the translator changed (deb-changelog)", { pt: "É o ano em quatro dígitos (ex. 2020).", en: "Is the four-digit year (e.g. 2010)." }],
    ["the range after the stop, in the next segment (GIMP sparkle)", { pt: "Quanto maior o limite, mais áreas cintilam.", en: "The higher the threshold, the more areas sparkle (0.0-0.1).", nextPt: "(0,0 até 0,1)." }],
    ["a sentence cut mid-way (Scilab kroneck)", { pt: "//com dimensões 2 e", en: "//with dimensions 2 and 3", nextPt: "//3 autovalores finitos" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(numberMissing, pair)).toEqual([]));
  it("hit: a list's next line has its own figures (GIMP animated brushes)", () => {
    expect(runCheck(numberMissing, { pt: "Dimensão 3: 3 níveis, Seleção: random", en: "Dimension 3: 2 ranks Selection: Random", prevPt: "Dimensão 2: 2 Níveis, Seleção: incremental" })).toEqual(["Dimensão 3: 3 níveis, Seleção: random"]);
  });
  it("hit: an example's value dropped, none given instead", () => {
    expect(runCheck(numberMissing, { pt: "É o ano em quatro dígitos.", en: "Is the four-digit year (e.g. 2010)." })).toEqual(["É o ano em quatro dígitos."]);
  });
});

// Reference pages of the development corpus: code the page's version changed, and a function's entry.
describe("number-missing, code and entries", () => {
  it.each([
    ["English code beside a different code line", { pt: "plot2d([t',t',t'],xcd(1:3,:)');", en: "x = linspace(-0.99, 0.99, 100);" }],
    ["a function's entry", { pt: "plot2d — esboço bidimensional", en: "plot2d — 2D plot" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(numberMissing, pair)).toEqual([]));
});

describe("number-missing, Roman numerals", () => {
  it.each([
    ["a chapter in Roman numerals", "Capítulo IV: Filtros", "Chapter 4: Filters"],
    ["a single-letter numeral after a part's word", "Parte V — Referência", "Part 5 — Reference"],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(numberMissing, { pt, en })).toEqual([]));
  it("hit: a single capital letter alone is no numeral (the C language)", () => {
    expect(runCheck(numberMissing, { pt: "A linguagem C é usada.", en: "The language is used in 100 programs." })).toHaveLength(1);
  });
});

describe("number-missing, thousands grouped by a space", () => {
  it("near miss: '10 000' for '10,000'", () => expect(runCheck(numberMissing, { pt: "O ficheiro tem 10 000 linhas.", en: "The file has 10,000 lines." })).toEqual([]));
});

describe("number-missing, a value changed throughout the document", () => {
  it("near miss: the English's 8 the translation gives as 42 everywhere (script-fu tutorial)", () => {
    const pairs: CheckInput[] = [
      { pt: "o valor simples de 42 como o comando seguinte:", en: "the single value of 8 in the following statement:" },
      { pt: "42", en: "8" },
      { pt: "Quando ele responde o valor 42, ele informa", en: "When it replies with the value 8 it informs" },
    ];
    expect(numberMissing.runDocument!(pairs, DEFAULT_CONTEXT).pairFlags.map((fs) => fs.length)).toEqual([0, 0, 0]);
  });
});

describe("number-missing, unrelated sentences paired", () => {
  // Every word a dictionary word but the names.
  const en = { correct: (w: string) => !["netscape", "mozilla", "konqueror"].includes(w) };
  it("near miss: the English is about three browsers, the Portuguese about editing palettes (GIMP)", () =>
    expect(runCheck(numberMissing, { pt: "Você pode visualizar e editar essas paletas no diálogo de paletas.", en: "The palette, with 216 colors, was made by Netscape so that Mozilla and Konqueror show the same colors." }, { spellers: { en } })).toEqual([]));
  it("hit: a figure dropped where the names are kept", () =>
    expect(runCheck(numberMissing, { pt: "A paleta foi criada pela Netscape para o Mozilla e o Konqueror.", en: "The palette, with 216 colors, was made by Netscape for Mozilla and Konqueror." }, { spellers: { en } })).toEqual(["A paleta foi criada pela Netscape para o Mozilla e o Konqueror."]));
  it("hit: a section's title is translated, its words no names (GIMP: 'Section 2.3, “Dialogs and Docking”')", () =>
    expect(runCheck(numberMissing, { pt: "veja a Seção 2.6, “Caixas de diálogo e de encaixe”.", en: "see Section 2.3, “Dialogs and Docking” of the Colormap." }, { spellers: { en: { correct: (w: string) => !["colormap", "dialogs"].includes(w) } } })).toEqual(["veja a Seção 2.6, “Caixas de diálogo e de encaixe”."]));
});

// Development corpus, tune half (session 6, GIMP displace): a parenthesis of figures that restates the sentence's own.
describe("number-missing, a restating range in brackets", () => {
  it("near miss: the range left out, the sentence's figures kept", () =>
    expect(runCheck(numberMissing, { pt: "desloca pixels com valores menores que 127,5 em uma direção, e pixels com valores de 128 até 255 na direção oposta.", en: "displaces pixels with values less than 127.5 (0 to 127) in one direction, pixels with values from 128 to 255 to the opposite direction." })).toEqual([]));
  it("hit: a figure of the sentence itself dropped", () =>
    expect(runCheck(numberMissing, { pt: "desloca pixels com valores menores que 127,5 em uma direção.", en: "displaces pixels with values less than 127.5 in one direction, or 300 in the other." })).toEqual(["desloca pixels com valores menores que 127,5 em uma direção."]));
  it("hit: the range alone is what the Portuguese lost", () =>
    expect(runCheck(numberMissing, { pt: "os valores da máscara", en: "the mask values (0 to 255)" })).toEqual(["os valores da máscara"]));
});

// Session 8 (tune half, KTurtle's pt-BR and pt-PT handbooks): a number the Portuguese gives as an ordinal word.
describe("number-missing, an ordinal word for the English's number (session 8)", () => {
  it.each([
    ["'a quarta seção' for 'Section four' (KTurtle pt-BR)", "A quarta seção explica como atribuir valores às variáveis.", "Section four explains how to assign values to variables."],
    ["'quinta secção' for 'section five' (KTurtle pt-PT)", "na quinta secção e como criar os seus próprios comandos.", "in section five and how to create your own commands."],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(numberMissing, { pt, en })).toEqual([]));
  // po4a's Pod.3pm (pt-BR): "quarto" before a plural is "quatro" misspelt, and the count is lost.
  it("hit: an ordinal in the singular before a plural noun ('quarto caracteres' for 'four characters')", () =>
    expect(runCheck(numberMissing, { pt: "e se ele for quarto caracteres, os primeiros dois são usados.", en: "and if it is four characters, the first two are used." })).toEqual(["e se ele for quarto caracteres, os primeiros dois são usados."]));
  it("hit: the number gone with no ordinal", () =>
    expect(runCheck(numberMissing, { pt: "A seção explica como atribuir valores às variáveis.", en: "Section four explains how to assign values to variables." })).toEqual(["A seção explica como atribuir valores às variáveis."]));
});

// Session 8 (tune half, KTurtle pt-BR and pt-PT): the figure said in the sentence before, in the same paragraph.
describe("number-missing, a figure in the neighbouring sentence of the paragraph (session 8)", () => {
  const pair = { pt: "Uma vez que o x fica igual a 4 na primeira linha, a resposta à pergunta é “falso”.", en: "Since 4 is not greater than 5 the expression evaluates “false”.", prevPt: "O operador de comparação testa a expressão x > 5." };
  it("near miss: the sentence before, in running prose, has it (KTurtle)", () =>
    expect(runCheck(numberMissing, { ...pair, gapBefore: " " })).toEqual([]));
  it("hit: the line before, in a list, has it", () =>
    expect(runCheck(numberMissing, { ...pair, gapBefore: "\n" })).toEqual([pair.pt]));
});

// Session 12, fresh set (debian-history-pt, KStars): the English's number is there, written another way.
describe("number-missing, numbers written another way", () => {
  it.each([
    ["hundreds in one Portuguese word", "mantidos por mais de novecentos desenvolvedores.", "maintained by more than nine hundred developers."],
    ["a scale word without a figure", "cerca de trilhões de vezes mais brilhantes que o sol.", "nearly a trillion times brighter than the sun."],
    ["noon", "o dia juliano para 01 de janeiro de 2000 ao meio dia.", "the Julian Day for January 1, 2000 at 12:00 noon."],
    ["metres", "um disco de 305 m de diâmetro.", "a dish 305 m in diameter."],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(numberMissing, { pt, en })).toEqual([]));
  it.each([
    ["a lower scale for a trillion", "cerca de bilhões de vezes mais brilhantes que o sol.", "nearly a trillion times brighter than the sun."],
    ["midnight for noon", "para 01 de janeiro de 2000 à meia-noite.", "for January 1, 2000 at 12:00 noon."],
  ])("hit: %s", (_n, pt, en) => expect(runCheck(numberMissing, { pt, en })).toHaveLength(1));
});

// Session 14 (issue 12): what number-mismatch reads as the same quantity written otherwise is not missing either.
describe("number-missing, numbers written otherwise (session 14)", () => {
  it.each([
    ["a board's size counted in cells", "O tabuleiro (64 casas, 32 peças).", "The board (8x8 squares, 32 pieces)."],
    ["inches converted to centimetres", "São impressas fotografias de 10,16 x 15,24 cm.", "Prints 4\" x 6\" photos."],
    ["a power's value", "Até 65536 linhas.", "Up to 2^16 rows."],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(numberMissing, { pt, en })).toEqual([]));
  it.each([
    ["another count than the size's", "O tabuleiro (60 casas, 32 peças).", "The board (8x8 squares, 32 pieces)."],
    ["the measure left out", "São impressas fotografias.", "Prints 4\" x 6\" photos."],
  ])("hit: %s", (_n, pt, en) => expect(runCheck(numberMissing, { pt, en })).toHaveLength(1));
});

// Session 15 (issue 12: gimp, kfloppy, kio, kiriki, kturtle): a count the English spells out, phrased without it.
describe("number-missing, a count in words phrased away", () => {
  it.each([
    ["the count of a list that follows", "Ao clicar na caixa Tamanho:, você irá obter as seguintes opções:", "Clicking on the box labeled Size: offers the following four choices:"],
    ["a count beside an article", "Além da política padrão, que você pode configurar através de uma das opções descritas anteriormente.", "In addition to the default policy, which you can set by selecting one of the three options described above."],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(numberMissing, { pt, en })).toEqual([]));
  it.each([
    ["a count in words that became another number", "Esta sequência de dois caracteres actua como um parâmetro.", "This sequence of four characters acts as a parameter.", ["Esta sequência de dois caracteres actua como um parâmetro."]],
    ["a number that names a part", "como criar os seus próprios comandos, na última seção.", "how to create your own commands in section six.", ["como criar os seus próprios comandos, na última seção."]],
    ["a count in digits", "Ao clicar na caixa, você irá obter as seguintes opções:", "Clicking on the box offers the following 4 choices:", ["Ao clicar na caixa, você irá obter as seguintes opções:"]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(numberMissing, { pt, en })).toEqual(expected));
});

// Session 15 (issue 12: kompare pt and pt-BR): a zero count said as absence.
describe("number-missing, a zero count said as absence", () => {
  it.each([
    ["'sem' for a zero count", "Em alguns casos, um arquivo do 'diff' é criado sem linhas de contexto.", "In some cases a diff file is created with 0 lines of context."],
    ["'nenhum' for a zero count", "O programa não encontrou nenhum erro.", "The program found 0 errors."],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(numberMissing, { pt, en })).toEqual([]));
  it.each([
    ["a zero that is an index", "Não será contactado nenhum Banco de Dados de CDs da Internet.", "The CDDB Database entry 0 will be used.", ["Não será contactado nenhum Banco de Dados de CDs da Internet."]],
    ["a zero count with no word of absence", "Em alguns casos, um arquivo do 'diff' é criado com poucas linhas.", "In some cases a diff file is created with 0 lines of context.", ["Em alguns casos, um arquivo do 'diff' é criado com poucas linhas."]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(numberMissing, { pt, en })).toEqual(expected));
});

// Session 15 (issue 12: kstars, marble pt-BR): each side's count borne out by its own list (two versions' lists).
describe("number-missing, each side counts its own list", () => {
  it.each([
    ["counts in words", "As quatro formas disponíveis são: círculo, quadrado, mira e alvo.", "The five available shapes are: Square, Circle, Crosshairs, Bullseye and Semitransparent circle."],
    ["counts in digits", "O Marble oferece 3 visualizações: Atlas, Lua e Mapa plano.", "Marble offers 4 views: Atlas, Moon, Plain Map and Vector OSM."],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(numberMissing, { pt, en })).toEqual([]));
  it("hit: a Portuguese count its own list contradicts", () =>
    expect(runCheck(numberMissing, { pt: "O Marble oferece 3 visualizações: Atlas, Lua, Terra e Mapa plano.", en: "Marble offers 4 views: Atlas, Moon, Plain Map and Vector OSM." }))
      .toEqual(["O Marble oferece 3 visualizações: Atlas, Lua, Terra e Mapa plano."]));
});

// Session 16 (tune: KTurtle's book, pt): a line of example code on both sides keeps its own figures (code-statement.ts).
describe("number-missing, a line of example code", () => {
  it("near miss: the statement's figures are the example's", () => expect(runCheck(numberMissing, { pt: "go 30,30", en: "go 200,200" })).toEqual([]));
  it("hit: prose that drops the figure", () => expect(runCheck(numberMissing, { pt: "Vá até ao ponto.", en: "Go to 200,200." })).toEqual(["Vá até ao ponto."]));
});
