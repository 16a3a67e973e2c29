import { describe, expect, it } from "vitest";
import { DEFAULT_CONTEXT, runCheck } from "../render-flags.ts";
import type { CheckInput } from "../../types.ts";
import { punctuationMissingSpace } from "./punctuation-missing-space.ts";
import { checkPair, checks } from "../index.ts";

describe("punctuation-missing-space", () => {
  it.each([
    ["hit: full stop", "as capacidades aumentam.amodei acredita", ["aumentam.amodei→aumentam. Amodei"]],
    ["hit: colon and comma", "a resposta é:os dados, saber,qual", ["é:os→é: os", "saber,qual→saber, qual"]],
    ["hit: question mark", "talvez 10?se for", ["10?se→10? Se"]],
    ["near miss: domain", "acesse openai.com e ChatGPT.com", []],
    ["near miss: decimal and abbreviation", "cresceu 2,5% e.g. no U.S.A", []],
    ["near miss: url", "veja https://exemplo.org/a.b", []],
  ])("%s", (_name, pt, expected) => expect(runCheck(punctuationMissingSpace, { pt })).toEqual(expected));

  it("hit: a glued stop the segmenter split into two pairs", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "amodei acredita que", prevPt: "as capacidades aumentam.", gapBefore: "" })).toEqual(["amodei→ Amodei"]);
  });

  // Session 7: the segmenter splits "decimal.Se" before a capital; the sentence's English opens with code.
  it("hit: a glued stop before a capital, the English opening in lower case (Scilab log10)", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "Se x é um vetor log10(x)=[log10(x1),...,log10(xn)].", en: "log10(x) is the base 10 logarithm.", prevPt: "Logartimo decimal.", gapBefore: "" })).toEqual(["Se→ Se"]);
  });

  it("near miss: a file name the segmenter split into two pairs (dev corpus, apt's sources.list)", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "list e os ficheiros contidos", prevPt: "A lista de fontes /etc/apt/sources.", gapBefore: "" })).toEqual([]);
  });

  it("near miss: words of code joined by a comma or colon (dev corpus: dpkg's any,all; root:root)", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "um alias para any,all e a posse root:root" }, { spellers: { pt: { correct: (w) => ["um", "alias", "para", "e", "a", "posse"].includes(w) } } })).toEqual([]);
  });

  it("near miss: a split pair with a space between", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "amodei acredita que", prevPt: "as capacidades aumentam.", gapBefore: " " })).toEqual([]);
  });
});

// Reference and man pages of the development corpus: names of code with a dot inside.
describe("punctuation-missing-space, names of code", () => {
  const pt = { correct: (w: string) => ["um", "aumentam", "ficheiro", "com", "pid", "em", "deve", "ter", "específica", "se"].includes(w) };
  it.each([
    ["a property of an object, neither side Portuguese", { pt: "o valor de x_ticks.labels deve ter" }],
    ["a name the English writes glued too", { pt: "com pid em food.pid", en: "with pid in food.pid" }],
    ["the English pair opens on the same word (both sides cut inside a name)", { pt: "labels deve ter o mesmo número", en: "labels must have the same number", prevPt: "o eixo x_ticks.", gapBefore: "" }],
    // Man pages (pt-PT): a name of file translated with its dot, and a segment cut inside a name on both sides.
    ["a file name the English writes with a dot, translated", { pt: "Instala o ficheiro como nome.serviço em vez do outro", en: "Install the file as name.service instead of the default" }],
    ["the English pair opens in lower case too (cut inside a name there as well)", { pt: "tipo-de-pacote como especificado", en: "package-type as specified in the control file", prevPt: "consistem de pacote_versão_arquitectura.", gapBefore: "" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationMissingSpace, pair, { spellers: { pt } })).toEqual([]));
  it("hit: a stop glued before the next sentence, whose English opens in capitals", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "amodei acredita que", en: "Amodei believes that", prevPt: "as capacidades aumentam.", gapBefore: "" }, { spellers: { pt } })).toEqual(["amodei→ Amodei"]);
  });
  it("hit: two Portuguese words glued by a stop where the English has no dotted name", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "símbolos com não.virtuais", en: "symbols with non-virtual" }, { spellers: { pt } })).toHaveLength(1);
  });
  it("hit: two Portuguese words glued by a stop", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "uma camada específica.Se estiver", en: "a specific layer. If it is" }, { spellers: { pt } })).toEqual(["específica.Se→específica. Se"]);
  });
});

// Development corpus, tuning half: addresses, metavariables, structure fields and vectors glued on purpose.
describe("punctuation-missing-space, development corpus", () => {
  const pt = { correct: (w: string) => ["um", "de", "os", "valores", "usa", "utilizando", "para", "camadas", "ele", "data", "números", "as", "posições", "vetor"].includes(w.toLowerCase()) };
  it.each([
    ["a URL template with translated parts", { pt: "ldap://hostport/dn?atributos?escopo?filtro" }],
    ["metavariables in capitals", { pt: "usa os valores DONO:GRUPO" }],
    ["an example glued as the English glues it", { pt: "de uma URI (por exemplo, 'isto:aquilo'), porque", en: "of a URI (e.g., \"this:that\"), because" }],
    ["a field of a structure", { pt: "utilizando color.data para determinar a cor" }],
    ["a vector in an assignment", { pt: "vetor de reais, stdel=[h,delta] (com delta=0)" }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(punctuationMissingSpace, pair, { spellers: { pt } })).toEqual([]));
  it.each([
    ["a stop glued between Portuguese words", { pt: "no diálogo de camadas.Ele leva em conta" }, ["camadas.Ele→camadas. Ele"]],
    ["a comma glued before a Portuguese word", { pt: "vetor de números,as posições dos inícios" }, ["números,as→números, as"]],
  ])("hit: %s", (_n, pair, expected) => expect(runCheck(punctuationMissingSpace, pair, { spellers: { pt } })).toEqual(expected));
});

// Recall, issue 12: a comma glued between a name and a Portuguese word is prose, not code.
describe("punctuation-missing-space, a comma glued beside a name", () => {
  const pt = { correct: (w: string) => ["formas", "de", "ordenadas", "o", "nome", "das", "folhas", "endereços", "instrução"].includes(w.toLowerCase()) };
  const check = (text: string, en?: string) => runCheck(punctuationMissingSpace, en === undefined ? { pt: text } : { pt: text, en }, { spellers: { pt } });
  it.each([
    ["a name before a Portuguese word", "Formas de Schur,formas ordenadas", ["Schur,formas→Schur, formas"]],
    ["a name of English letters before a Portuguese word", "o nome das folhas Sheetnames,endereços das folhas", ["Sheetnames,endereços→Sheetnames, endereços"]],
  ])("hit: %s", (_n, text, expected) => expect(check(text)).toEqual(expected));
  it.each([
    ["code around the comma", "plot(Schur,formas)"],
    ["the English glues the same comma (a syntax line)", "for v=e ,instrução,end", "for v=e ,instruction,end"],
    ["two short names", "o par ab,cd"],
  ])("near miss: %s", (_n, text, en?: string) => expect(check(text, en)).toEqual([]));
});

// Development corpus, tune half (issue 12, session 4): a field of a structure named in English words.
describe("punctuation-missing-space, a field named in English (issue 12, session 4)", () => {
  // "color" and "data" are also Portuguese spellings: only the English dictionary tells the field.
  const spellers = { pt: { correct: (w: string) => ["color", "data", "utilizando", "parâmetros", "para"].includes(w) }, en: { correct: (w: string) => ["color", "data", "for"].includes(w) } };
  it("near miss: a field of a structure", () =>
    expect(runCheck(punctuationMissingSpace, { pt: "a cor é interpolada utilizando color.data para determinar" }, { spellers })).toEqual([]));
  it("hit: a Portuguese word glued to the next sentence's first word", () =>
    expect(runCheck(punctuationMissingSpace, { pt: "ver plot2d para uma descrição dos parâmetros.for a description" }, { spellers })).toEqual(["parâmetros.for→parâmetros. For"]));
});

// Development corpus (tune half, Scilab pages): the segmenter cut after the dot of a name of code; named near misses.
describe("punctuation-missing-space, a name of code cut at its dot", () => {
  const pt = { correct: (w: string) => ["determinam", "uma", "cor", "arquivo", "novo", "ou", "endereço", "capacidades", "aumentam", "as", "acredita", "que", "data"].includes(w.toLowerCase()) };
  const en = { correct: (w: string) => ["color", "data"].includes(w.toLowerCase()) };
  it.each([
    ["a field of a structure (Fac3d color.data)", { pt: "data determinam uma cor", prevPt: "os valores Fac3d color.", gapBefore: "" }],
    ["a file's double extension (.dem.sc)", { pt: "sc", prevPt: "o endereço para o novo arquivo .dem.", gapBefore: "" }],
  ])("near miss: %s", (_n, input) => expect(runCheck(punctuationMissingSpace, input, { spellers: { pt, en } })).toEqual([]));
  it("hit: a sentence glued after a Portuguese word's stop", () =>
    expect(runCheck(punctuationMissingSpace, { pt: "amodei acredita que", prevPt: "as capacidades aumentam.", gapBefore: "" }, { spellers: { pt, en } })).toEqual(["amodei→ Amodei"]));
});

// Session 9 (fresh CUPS man pages lp.1 and lpr.1, class C8): a comma inside one word is a stray mark, not a missing space;
// "co, mando" would make two non-words. Session 9 (Kid3, Okteta): a file with a Portuguese stem, a member called.
describe("punctuation-missing-space, a stray comma inside a word and literal names (issue 12, session 9)", () => {
  const pt = { correct: (w: string) => ["usando", "o", "co", "mando", "comando", "lpoptions", "seguida", "verifica", "em", "ficheiro", "gravá-la", "num", "pasta", "in", "exemplo", "complexa"].includes(w.toLowerCase()) };
  const check = (text: string) => runCheck(punctuationMissingSpace, { pt: text }, { spellers: { pt } });
  it("hit, with the comma removed as the fix: a comma inside 'comando'", () => expect(check("usando o co,mando lpoptions")).toEqual(["co,mando→comando"]));
  it("hit, still with a space: a comma between two words", () => expect(check("em seguida,verifica o ficheiro")).toEqual(["seguida,verifica→seguida, verifica"]));
  it.each([
    ["a file with a Portuguese stem and a known extension (Okteta)", "gravá-la num ficheiro complexa.osd"],
    ["a Qt script with a Portuguese stem (Kid3)", "/localização/do/Exemplo.qml"],
    ["a member called with its arguments (Kid3)", "for raiz, pastas, ficheiros in os.walk(pasta):"],
  ])("near miss: %s", (_n, text) => expect(checkPair({ pt: text }, { variant: "pt-PT", terms: [], spellers: { pt }, disabled: checks.filter((c) => c.id !== "punctuation-missing-space").map((c) => c.id) })).toEqual([]));
});

// Session 15 (tune half, issue 12): an argument list or a dotted name the English writes glued in the same frame.
// Reviewed false alarms in Kile's scripting API (pt-BR), pmap(1) (pt-BR), apt-extracttemplates(1) (pt) and KRDC (pt-BR).
describe("punctuation-missing-space, the English's own syntax translated word for word (issue 12, session 15)", () => {
  const pt = { correct: (w: string) => ["linha", "coluna", "arquivo", "texto", "baixo", "alto", "local", "esquerda", "pacote", "modelo", "configuração", "usuário", "domínio", "exemplo", "criação", "edição", "posição", "na", "no", "formato", "e", "mover"].includes(w.toLowerCase()) };
  const check = (text: string, en?: string) => runCheck(punctuationMissingSpace, en === undefined ? { pt: text } : { pt: text, en }, { spellers: { pt } });
  it.each([
    ["a call's arguments (Kile)", "no formato Cursor(linha,coluna).", "of the form Cursor(line,column)."],
    ["arguments in brackets alone (Kile)", "na posição (linha,coluna).", "at position (line,column)."],
    ["an option's value (pmap)", "-A, --range baixo,alto", "-A, --range low,high"],
    ["a file-name template (apt-extracttemplates)", "no formato pacote.modelo.XXXXXX e pacote.configuração.XXXXXX", "of the form package.template.XXXXXX and package.config.XXXXXX"],
    ["an address translated part by part (KRDC)", "por exemplo, usuário%40ad.domínio.exemplo", "for e.g. username%40ad.domain.example"],
  ])("near miss: %s", (_n, text, en) => expect(check(text, en)).toEqual([]));
  it.each([
    ["the English spaces its comma (kdesvn)", "A versão antiga (local,esquerda).", "Old (local, left) version.", ["local,esquerda→local, esquerda"]],
    ["a comma glued in prose, the English glued too (GIMP)", "três modos: Criação,Edição e Mover.", "three modes: Design,Edit and Move.", ["Criação,Edição→Criação, Edição"]],
    ["brackets that go on after the glued words", "na posição (linha,coluna e mais)", "at (line,column)", ["linha,coluna→linha, coluna"]],
    ["a dotted name of two parts", "no formato pacote.modelo e mais", "of the form package.template.XXXXXX", ["pacote.modelo→pacote. Modelo"]],
  ])("hit: %s", (_n, text, en, expected) => expect(check(text, en)).toEqual(expected));
});

// Session 15 (tune half, issue 12): an English sentence left in, glued to the Portuguese one (Scilab's plot2d4).
describe("punctuation-missing-space, English left in after the stop (issue 12, session 15)", () => {
  const spellers = {
    pt: { correct: (w: string) => ["ver", "para", "uma", "descrição", "dos", "parâmetros", "depois", "abra", "o", "arquivo"].includes(w.toLowerCase()) },
    en: { correct: (w: string) => ["see", "for", "a", "description", "of", "parameters", "then", "open", "the", "file"].includes(w.toLowerCase()) },
  };
  it("near miss: the English's own sentence glued after the stop", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "ver plot2d para uma descrição dos parâmetros.for a description of parameters.", en: "see plot2d for a description of parameters." }, { spellers })).toEqual([]);
  });
  it("hit: Portuguese glued after the stop", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "ver a descrição dos parâmetros.depois abra o arquivo", en: "see the description of parameters, then open the file" }, { spellers })).toEqual(["parâmetros.depois→parâmetros. Depois"]);
  });
});

// Session 17 (issue 12, "the form follows the English"): the English beside a thin pair glues the same two tokens with the same mark.
describe("punctuation-missing-space, the English beside a thin pair (session 17)", () => {
  const pt = "O formato Chave,Valor do ficheiro de configuração é lido no arranque.";
  it("near miss: the neighbour's English glues the same two tokens", () =>
    expect(runCheck(punctuationMissingSpace, { pt, en: "", nextEn: "The Chave,Valor format is read at startup." })).toEqual([]));
  it("hit: the neighbour's English glues other tokens", () =>
    expect(runCheck(punctuationMissingSpace, { pt, en: "", nextEn: "The Key,Value format is read at startup." })).toEqual(["Chave,Valor→Chave, Valor"]));
});

// Session 18 (scientific reference pages): R's dotted names, which the document writes as code elsewhere.
describe("punctuation-missing-space, dotted names of code (session 18)", () => {
  const documentFlags = (pairs: CheckInput[]): string[] =>
    punctuationMissingSpace.runDocument!(pairs, { ...DEFAULT_CONTEXT, spellers: { pt: { correct: (w: string) => ["na", "de", "o", "valor", "padrão", "é", "a", "menos", "que", "seja", "fim", "um", "dado"].includes(w.toLowerCase()) } } }).pairFlags.flat().map((f) => f.text);
  it("near miss: a name the usage line gives a value, in the prose", () =>
    expect(documentFlags([{ pt: "quantile7(x, na.rm = FALSE)" }, { pt: "Valores ausentes não são permitidos, a menos que na.rm seja TRUE." }])).toEqual([]));
  it("near miss: a name quoted as a string in a call", () =>
    expect(documentFlags([{ pt: "A na.action padrão é definida por options(\"na.action\")." }])).toEqual([]));
  it("hit: the same glued stop when the document never writes the token as code", () =>
    expect(documentFlags([{ pt: "quantile7(x, na.rm = FALSE)" }, { pt: "O valor padrão é um dado na.tabela seguinte." }])).toEqual(["na.tabela"]));
  it("hit: a quotation's own closing mark after a glued stop is no string of code", () =>
    expect(documentFlags([{ pt: "Ele disse que o fim é um dado na.tabela\" seguinte." }])).toEqual(["na.tabela"]));
});

// Session 18, wiki exports: a page's name, namespace and title glued by the wiki's colon, heads the page on a line of its own.
describe("punctuation-missing-space, a wiki page's name", () => {
  const pt = { correct: (w: string) => ["ajuda", "edição", "de", "páginas", "nota", "se", "a", "máquina", "fizer", "parte", "um", "domínio", "defina"].includes(w.toLowerCase()) };
  const check = (text: string) => runCheck(punctuationMissingSpace, { pt: text }, { spellers: { pt } });
  it("near miss: a namespace and a title on the page's first line, no English", () => {
    expect(check("Ajuda:Edição de páginas\n\nEsta página")).toEqual([]);
  });
  it("hit: a short line with a glued colon after the document's first pair", () => {
    expect(runCheck(punctuationMissingSpace, { pt: "Nota:Se a máquina", prevPt: "Ajuda:Edição de páginas" }, { spellers: { pt } })).toEqual(["Nota:Se→Nota: Se"]);
  });
  it("hit: a sentence after a colon glued at the line's start", () => {
    expect(check("Nota:Se a máquina fizer parte de um domínio, defina-o.")).toEqual(["Nota:Se→Nota: Se"]);
  });
});
