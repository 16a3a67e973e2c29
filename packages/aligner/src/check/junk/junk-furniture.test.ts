import { describe, expect, it } from "vitest";
import { DEFAULT_CONTEXT, runCheck } from "../render-flags.ts";
import { junkFurniture } from "./junk-furniture.ts";

describe("junk-furniture", () => {
  it.each([
    ["section label", "Populares", ["Populares→"]],
    ["joined menu items", "MaisPreços de criptomoedas", ["MaisPreços de criptomoedas→"]],
    ["disclaimer", "Aviso Legal: o conteúdo deste artigo reflete a opinião do autor.", ["Aviso Legal: o conteúdo deste artigo reflete a opinião do autor.→"]],
  ])("hit: %s", (_n, pt, expected) => expect(runCheck(junkFurniture, { pt })).toEqual(expected));
  it.each([
    ["the word in a sentence", "Mais notícias devem chegar amanhã."],
    ["populares as an adjective", "Os modelos populares são caros."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(junkFurniture, { pt })).toEqual([]));
});

describe("junk-furniture inside a pair the aligner joined", () => {
  it("flags the furniture line, not the sentence before it", () => {
    expect(runCheck(junkFurniture, { pt: "Este artigo não é conselho.\nTalvez também goste" })).toEqual(["Talvez também goste→"]);
  });
});

describe("junk-furniture by shape", () => {
  it.each([
    ["a breadcrumb trail", "Início » Manuais » Instalação"],
    ["a breadcrumb trail with angle brackets", "Início > Ajuda > Camadas"],
    ["a skip link", "Saltar para o conteúdo"],
    ["share buttons", "Compartilhe no WhatsApp e no Facebook"],
    ["a cookie notice", "Usamos cookies para melhorar a navegação. Aceitar"],
    ["a newsletter box", "Assine a nossa newsletter semanal"],
  ])("hit: %s", (_n, pt) => expect(runCheck(junkFurniture, { pt })).toEqual([`${pt}→`]));
  it.each([
    ["a shell pipeline", "ls -l | grep x | wc -l"],
    ["a menu path", "Imagem → Modo → RGB"],
    // A step naming a menu path with angle brackets is a sentence: it ends on its stop, a trail's title does not.
    ["a step naming a menu path", "2. Escolha Efeito > Remoção de ruído > Redução de ruído."],
    ["prose about cookies", "O navegador guarda os cookies do site numa pasta."],
  ])("near miss: %s", (_n, pt) => expect(runCheck(junkFurniture, { pt })).toEqual([]));
});

describe("junk-furniture, development corpus", () => {
  it.each([
    ["menu items between bars", "Início | Seguinte"],
    ["a label with its period", "Mais lidas do mês"],
    ["a related heading with its headline", "Veja também: Dez dicas para o seu primeiro pacote"],
    ["a related heading with a headline that has a comma", "Leia também: Debian, Ubuntu e Fedora lado a lado"],
  ])("hit: %s", (_n, pt) => expect(runCheck(junkFurniture, { pt })).toEqual([`${pt}→`]));
  it("hit: a furniture line the aligner joined to a paragraph, whatever its English", () => {
    const pair = { pt: "Compartilhe\n\nA menos que seja indicado, a documentação assume o nível atual.", en: "Unless otherwise indicated, all documentation assumes the current level." };
    expect(runCheck(junkFurniture, pair)).toEqual(["Compartilhe→"]);
  });
  it.each([
    ["the text's own heading, as the English has it", { pt: "Veja também", en: "See also" }],
    ["references after a see-also label", { pt: "Veja também: apt-get(8), apt-cache(8)" }],
    // A wiki's links, written as the pages' names, one word each.
    ["pages' names after a see-also label", { pt: "Veja também: HowTo, HowTo/Permissions, CategoryHowTo" }],
    ["a sentence after a label", { pt: "Leia também: o capítulo seguinte explica isto." }],
    ["words between bars that are not a menu", { pt: "Anterior | valor | Próximo passo" }],
    // Man pages: section headings in capitals and the COPYRIGHT section's notice are the manual's own.
    ["a manual's section heading in capitals", { pt: "VEJA TAMBÉM" }],
    ["a manual's copyright notice", { pt: "Copyright © 2021 Fundação do Software Livre, Inc." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(junkFurniture, pair)).toEqual([]));
});

// Development corpus, tuning half: credits the document gives itself.
describe("junk-furniture, credits", () => {
  it.each([
    ["a bibliography entry's copyright, as the English has it", { pt: "Copyright © 2004 Michael Bach. https://michaelbach.de/ot/fcs-mosaic/ .", en: "Copyright © 2004 Michael Bach. https://michaelbach.de/ot/fcs-mosaic/ ." }],
    ["a man page's copyright line before its licence", { pt: "Copyright © 2010-2020 Jose E. Marchesi.", nextPt: "Licença GPLv3+: GNU GPL versão 3 ou posterior." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(junkFurniture, pair)).toEqual([]));
  it("hit: a site's copyright footer the English does not have", () => {
    const pt = "Copyright © 2024 ChinaTalk. Todos os direitos reservados.";
    expect(runCheck(junkFurniture, { pt, en: "We discuss the attention war.", nextPt: "Populares" })).toEqual([`${pt}→`]);
  });
});

// Session 9, fresh tune-only text: a furniture-looking line whose paired English says the same thing is the
// document's own sentence (S9-FRESH-CLASSES C1, C2). Furniture has no English, or its English is another line.
describe("junk-furniture, said in the English too", () => {
  it.each([
    // C1, from CUPS' man pages; shown here on GNU recutils' credit line (old tune half), with its licence line absent.
    ["a man page's copyright line beside the English one", { pt: "Copyright © 2010-2020 Jose E. Marchesi.", en: "Copyright © 2010-2020 Jose E. Marchesi and others." }],
    ["a copyright line whose preposition is translated", { pt: "Copyright © 2021-2022 de OpenPrinting.", en: "Copyright © 2021-2022 by OpenPrinting." }],
    // C2, from KDE's cookies settings page: a page ABOUT cookies.
    ["an option about cookies", { pt: "Aceitar todos os 'cookies'", en: "Accept all cookies" }],
    ["a sentence about cookie policies", { pt: "Pode aceitar ou rejeitar de forma selectiva cada 'cookie'.", en: "You can selectively accept or reject each cookie." }],
    ["a sentence that sends by e-mail", { pt: "Os arquivos guardados desta forma são maiores, mas mais simples de enviar por exemplo por e-mail.", en: "Files saved this way are bigger, but easier to send by e-mail." }],
  ])("near miss: %s", (_n, pair) => expect(runCheck(junkFurniture, pair)).toEqual([]));
  it.each([
    ["a cookie banner paired with English that does not mention it", { pt: "Este site usa cookies para melhorar a sua experiência. Aceitar", en: "The command prints the queue." }],
    ["a cookie banner the aligner joined to a paragraph about cookies", { pt: "Este site usa cookies para melhorar a sua experiência. Aceitar\nOs cookies expiram no fim da sessão.", en: "Cookies expire at the end of the session." }],
    ["a site's copyright footer beside English with other years", { pt: "© 2024 Todos os direitos reservados.", en: "Released in 1998 under the GPL." }],
  ])("hit: %s", (_n, pair) => expect(runCheck(junkFurniture, pair).length).toBe(1));
});

describe("junk-furniture: a help's cross-reference heading", () => {
  const pt = { correct: (w: string) => ["conectando", "alterando"].includes(w) };
  const context = { ...DEFAULT_CONTEXT, spellers: { pt } };
  it("near miss: \"Veja também\" above the title of a task page, in the next pair or the same one", () => {
    expect(runCheck(junkFurniture, { pt: "Veja também", nextPt: "Conectar a uma rede sem fio oculta" }, context)).toEqual([]);
    expect(runCheck(junkFurniture, { pt: "Veja também:\n• Alterar sua senha" }, context)).toEqual([]);
  });
  it("hit: \"Veja também\" above a headline, and a site's invitation above a task title", () => {
    expect(runCheck(junkFurniture, { pt: "Veja também", nextPt: "Banco Central corta juros pela terceira vez" }, context)).toEqual(["Veja também→"]);
    expect(runCheck(junkFurniture, { pt: "Leia também", nextPt: "Conectar a impressora pelo celular" }, context)).toEqual(["Leia também→"]);
  });
});
