import { describe, expect, it } from "vitest";
import type { Speller } from "../../types.ts";
import { DEFAULT_CONTEXT, runCheck } from "../render-flags.ts";
import { entityAdded } from "./entity-added.ts";

describe("entity-added", () => {
  it.each([
    ["swapped model", "Se você já usou o DeepSeek R1 Pro, sua consistência é notável.", "If you've used o1 Pro, its consistency is remarkable.", ["DeepSeek R1 Pro→o1 Pro"]],
    ["invented prefix", "o lançamento do modelo de vídeo Dall-E Sora", "the launch of the Sora video model", ["Dall-E Sora"]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(entityAdded, { pt, en })).toEqual(expected));

  it.each([
    ["same names", "O GPT-4o e o o3 da OpenAI", "OpenAI's GPT-4o and o3"],
    ["translated acronym", "a IA nos EUA", "AI in the US"],
    ["decades", "nos anos 2000 e 2010", "in the 2000s and 2010s"],
    ["capitalised word only", "a Maratona de Boston", "the Boston Marathon"],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityAdded, { pt, en })).toEqual([]));

  it("is silent without English", () => expect(runCheck(entityAdded, { pt: "o DeepSeek R1 Pro" })).toEqual([]));
});

describe("entity-added, word-building", () => {
  it.each([
    ["prefixed acronym", "o ex-CEO da Instacart", "the former CEO of Instacart"],
    ["time unit", "depois de 2h de uso", "after two hours of use"],
    // Session 18: a time of day as Portuguese typography writes it.
    ["a time of day with its minutes", "executa o backup às 2h30 de toda segunda-feira", "runs the backup at 2:30 every Monday"],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityAdded, { pt, en })).toEqual([]));
});

describe("entity-added, development corpus", () => {
  const pt: Speller = { correct: (w) => ["em", "janelas", "camadas", "ele", "esquerda", "preta"].includes(w) };
  it.each([
    ["quantities, ordinals and dimensions", "uma margem de 2cm no 40º ano, uma matriz 2x4 e um gráfico 3d", "a 2 cm margin in the 40th year, a 2 by 4 matrix and a 3D plot"],
    ["a weekday as Portuguese numbers it (korganizer, session 15)", "por exemplo, a segunda 3ª-feira de Março", "e.g., the 2nd Tuesday of March"],
    ["a time of day as Portuguese writes it (session 18)", "das 14h30 às 15h15min", "from 14:30 to 15:15"],
    ["hexadecimal numbers", "a faixa de 0xe000 até x0e0ff", "the range from 0xe000 to 0xe0ff"],
    ["variables of a formula", "as declarações chave1=valor2", "the statements key1=value2"],
    ["words glued by a missing space", "a partir do menu emJanelas e das camadas.Ele leva", "from the Windows menu and the layers. It takes"],
    ["a Portuguese ending on the English's name", "o filtro GIMPressionista e os DVDs", "the GIMPressionist filter and DVDs"],
    ["a hyphenated name of Portuguese words and digits", "renomeie para esquerda-1-preta", "rename it to left-1-black"],
  ])("near miss: %s", (_n, text, en) => expect(runCheck(entityAdded, { pt: text, en }, { spellers: { pt } })).toEqual([]));
  it("hit: an hour glued to letters that are no minutes (session 18)", () => {
    expect(runCheck(entityAdded, { pt: "o modelo 2h3x da placa", en: "the board model" }, { spellers: { pt } })).toEqual(["2h3x"]);
  });
  it("hit: an ordinal glued to a word that is no weekday (session 15)", () => {
    expect(runCheck(entityAdded, { pt: "a 3ª-Versão do GIMP", en: "the third GIMP version" }, { spellers: { pt } })).toEqual(["3ª-Versão"]);
  });
  it("hit: an hour no clock has is no time of day (session 18)", () => {
    expect(runCheck(entityAdded, { pt: "o perfil 27h30 e o 14h30", en: "the profile" }, { spellers: { pt } })).toEqual(["27h30"]);
  });
  it("hit: a coined name the English lacks, beside a glued pair", () => {
    expect(runCheck(entityAdded, { pt: "o Gemini2Pro e o menu emJanelas", en: "the Windows menu" }, { spellers: { pt } })).toEqual(["Gemini2Pro"]);
  });
});

describe("entity-added, development corpus (issue 12)", () => {
  const pt = { correct: (w: string) => ["do", "adicionarem", "esta", "testa", "ver"].includes(w.toLowerCase()) };
  it.each([
    ["words glued around an acronym (a missing space, not a name)", "pessoas fora da equipe doGIMPadicionarem novas capacidades", "people not on the GIMP team to add new capabilities"],
    ["part of an identifier", "(ver surface_properties, param3d_properties)", "(see surface_properties)"],
  ])("near miss: %s", (_n, ptText, en) => expect(runCheck(entityAdded, { pt: ptText, en }, { spellers: { pt } })).toEqual([]));
  // Reviewed genuine on the development corpus: a typo that reads as a coined word is worth a look.
  it("hit: a capital left on by the shift key", () =>
    expect(runCheck(entityAdded, { pt: "definidos pela matriz Z. TEsta propriedade esta ligada", en: "defined by Z matrix." }, { spellers: { pt } })).toEqual(["TEsta"]));
});

describe("entity-added, typos reviewed genuine (issue 12)", () => {
  const pt = { correct: (w: string) => ["neste", "este", "caso"].includes(w.toLowerCase()) };
  it("hit: two capitals typed before a word", () =>
    expect(runCheck(entityAdded, { pt: "\"r\". INeste caso, as posições", en: "\"r\". In this case, the positions" }, { spellers: { pt } })).toEqual(["INeste→Neste"]));
});

// Development corpus, tune half (session 6): a stray capital on a dictionary word is a typing slip, said as one.
describe("entity-added, a capital too many", () => {
  const pt = { correct: (w: string) => ["cintilância", "esta", "testa", "filtro"].includes(w.toLowerCase()) };
  it("hit: the second capital lowered gives the word (plug-in-sparkle)", () => {
    const flags = entityAdded.run!({ pt: "Exemplo de aplicação do filtro CIntilância", en: "Example for the Sparkle filter" }, { variant: "pt-BR", terms: [], spellers: { pt } });
    expect(flags.map((f) => [f.text, f.suggestion, f.message])).toEqual([["CIntilância", "Cintilância", "\"CIntilância\" has a capital too many: write \"Cintilância\"."]]);
  });
  it("hit: two readings of the slip, no fix offered (GlobalProperty)", () => {
    const flags = entityAdded.run!({ pt: "definidos pela matriz Z. TEsta propriedade", en: "defined by Z matrix." }, { variant: "pt-BR", terms: [], spellers: { pt } });
    expect(flags.map((f) => [f.text, f.suggestion, f.message])).toEqual([["TEsta", undefined, "\"TEsta\" has a capital too many: a typing slip."]]);
  });
  it("hit: a coined name with two capitals is still not in the English", () =>
    expect(runCheck(entityAdded, { pt: "o programa GNucash abre", en: "the program opens" }, { spellers: { pt } })).toEqual(["GNucash"]));
});

// Development corpus, tune half (issue 12, session 4): false alarms found there, each a named near miss.
describe("entity-added, development corpus (issue 12, session 4)", () => {
  it.each([
    // Scilab examples: variables and functions of code, which the English example names otherwise.
    ["arguments of a call in an example", "a chamada a optim é, então:\n\noptim(list(costfunc,a1,b1,c1),....", "and the call to optim is then:"],
    ["a function called", "plot2d(x,[sin(x) sin(2*x)],leg=\"L1@L2\")", "[1,2,3],leg=\"L1@L2\")"],
    ["a variable assigned", "foo(1)\na12=[];foo(1)", "myNotLikelyToExistVar = 1;"],
    // "ode" is "EDO" in Portuguese: an acronym a translation spells in its own language, here in the plural.
    ["an acronym's plural", "solucionador de EDOs contínuas/discretas", "discrete/continuous ode solver"],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityAdded, { pt, en })).toEqual([]));

  it("near miss: a name the document's English has in another pair (the translation moved it)", () => {
    const pairs = [
      { pt: "Assim como o código HTML, esse código JavaScript não deve ser usado como é gerado.", en: "Like the HTML code, this code does not work as is." },
      { pt: "Gera uma tabela HTML.", en: "It generates an HTML table and JavaScript code." },
    ];
    expect(entityAdded.runDocument!(pairs, DEFAULT_CONTEXT).pairFlags.flat()).toEqual([]);
    expect(runCheck(entityAdded, pairs[0]!, { document: { englishNames: ["javascript", "html"] } })).toEqual([]);
  });
  it("hit: a swapped name stays flagged when the document's English has it elsewhere (the pair's own name is left over)", () => {
    const pairs = [
      { pt: "Se você já usou o DeepSeek R1 Pro, sua consistência é notável.", en: "If you've used o1 Pro, its consistency is remarkable." },
      { pt: "O DeepSeek R1 é aberto.", en: "DeepSeek R1 is open." },
    ];
    expect(entityAdded.runDocument!(pairs, DEFAULT_CONTEXT).pairFlags.flat().map((f) => f.text)).toEqual(["DeepSeek R1 Pro"]);
  });
  it("hit: an equation in prose is no code", () =>
    expect(runCheck(entityAdded, { pt: "Vemos que são 4x3x2 = 16 células.", en: "We see that there are 4x2x2 = 16 cells." })).toEqual(["4x3x2→4x2x2"]));
});

// Session 9, fresh tune-only text (S9-FRESH-CLASSES C4): identifiers and placeholders the translator renamed on purpose.
describe("entity-added, renamed placeholders", () => {
  it.each([
    ["a signature's parameters (kdesvn)", "KURL repositorio, KURL destino, int numVersao, QString tipoVersao", "KURL repository, KURL target, int revnumber, QString revkind"],
    ["a code example's variable (okteta)", "char umCaracter;", "char aChar;"],
    ["an API call's optional parameters (kid3)", "app.firstFile([seleccionar], [soFicheirosMarcados]): Para o primeiro ficheiro", "app.firstFile([select], [onlyTaggedFiles]): To first file"],
    ["a date pattern (konsolekalendar)", "Termina neste dia, identificado por [AAAA-MM-DD].", "Ends on this day, given as [YYYY-MM-DD]."],
    ["placeholder letters (kid3)", "• t1 equals t2: verdadeiro se o t1 e o t2 forem iguais.", "• s1 equals s2: true if s1 and s2 are equal."],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityAdded, { pt, en })).toEqual([]));
  it("near miss: a parameter renamed in the signature, named again in the prose under it", () => {
    const pairs = [
      { pt: "KURL url, int numVersao, QString textoVersao", en: "KURL url, int revnum, QString revstring" },
      { pt: "Se o numVersao < 0, é processado o 'textoVersao'.", en: "If revnum < 0, the 'revstring' is processed." },
    ];
    expect(entityAdded.runDocument!(pairs, DEFAULT_CONTEXT).pairFlags.flat()).toEqual([]);
  });
  it.each([
    ["a name with two letters swapped beside its slot", "KURL repositorio, KDveelop destino", "KURL repository, KDevelop target", ["KDveelop→KDevelop"]],
    ["another version number in a name", "depois instale o GPT-5 no servidor.", "then install GPT-4 on the server.", ["GPT-5→GPT-4"]],
    ["a swapped model in prose with the same words around it", "Se você já usou o DeepSeek R1 Pro, sua consistência é notável.", "If you've used o1 Pro, its consistency is remarkable.", ["DeepSeek R1 Pro→o1 Pro"]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(entityAdded, { pt, en })).toEqual(expected));
  it("hit: one identifier, one flag in its pair", () => {
    expect(runCheck(entityAdded, { pt: "O KDveelop abre; feche o KDveelop.", en: "KDevelop opens; close KDevelop." })).toEqual(["KDveelop→KDevelop"]);
  });
});

// Session 15 (issue 12): a man page's heading upper-cased byte by byte, its accented letters left small (kdesdk-scripts, poxml).
describe("entity-added, a heading upper-cased in ASCII only", () => {
  const pt: Speller = { correct: (w) => ["veja", "também", "opções"].includes(w) };
  it.each([
    ["see also", "VEJA TAMBéM", "SEE ALSO"],
    ["options", "OPçõES", "OPTIONS"],
  ])("near miss: %s", (_n, text, en) => expect(runCheck(entityAdded, { pt: text, en }, { spellers: { pt } })).toEqual([]));
  it("hit: small accented letters in a name that is no Portuguese word", () => {
    expect(runCheck(entityAdded, { pt: "VEJA TAMBéM o KOnqUéROR", en: "SEE ALSO" }, { spellers: { pt } })).toEqual(["KOnqUéROR"]);
  });
});

// Session 15 (issue 12: kanagram pt-BR, kompare pt): a key's name abbreviated otherwise is the same name.
describe("entity-added, a compound abbreviated otherwise", () => {
  it.each([
    ["an abbreviation's other form", "O Seletor de Vocabulário (PgUp / PgDown) permite mudar.", "The Vocabulary Switcher (PgUp / PgDn) allows changing."],
    ["an abbreviation written out", "Seleccione Ficheiro Anterior (Ctrl+PageUp) ou Seguinte (Ctrl+PageDown).", "Select Previous File (Ctrl+PgUp) or Next File (Ctrl+PgDown)."],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityAdded, { pt, en })).toEqual([]));
  it.each([
    ["other capitals", "Use o KSpreadSheet para isso.", "Use KSpread for this.", ["KSpreadSheet→Use KSpread"]],
    ["a letter the English lacks", "O Seletor (PgUp / PgDb) permite mudar.", "The Switcher (PgUp / PgDn) allows changing.", ["PgDb→PgDn"]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(entityAdded, { pt, en })).toEqual(expected));
});

// Session 15 (issue 12: scilab, konqueror): a figure glued to a Portuguese word is a lost space, not a name.
describe("entity-added, a figure glued to a word", () => {
  const pt: Speller = { correct: (w) => ["dois", "usar", "e"].includes(w) };
  it.each([
    ["a figure and its word", "Desenhe um círculo: 2dois cliques definem os cantos.", "Draw a circle: 2 left mouse clicks define the corners."],
    ["a stray figure before a word", "A opção 0Usar o KIO fará com que a JVM use o KIO.", "Use KIO will cause the JVM to use KIO."],
  ])("near miss: %s", (_n, text, en) => expect(runCheck(entityAdded, { pt: text, en }, { spellers: { pt } })).toEqual([]));
  it("hit: a figure glued to a letter that is no word of three letters", () => {
    expect(runCheck(entityAdded, { pt: "O processador 32e foi lançado.", en: "The processor was released." }, { spellers: { pt } })).toEqual(["32e"]);
  });
});
