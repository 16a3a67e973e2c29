import { describe, expect, it } from "vitest";
import { looksEnglish, pairBlocks } from "./pair-blocks.ts";
import type { ExtractedBlock } from "../src/dev/types.ts";

const p = (path: string, text: string, kind: ExtractedBlock["kind"] = "paragraph"): ExtractedBlock => ({ path, kind, text });

describe("pairBlocks", () => {
  it("pairs blocks by element path and keeps the English page's order for the rest", () => {
    const pt = [p("b/h1[1]", "Camadas", "heading"), p("b/p[1]", "Uma camada é uma folha transparente.")];
    const en = [p("b/h1[1]", "Layers", "heading"), p("b/p[1]", "A layer is a transparent sheet."), p("b/p[2]", "More text here.")];
    const r = pairBlocks(pt, en);
    expect(r.blocks).toEqual([
      { path: "b/h1[1]", kind: "heading", pt: "Camadas", en: "Layers", enAt: 0 },
      { path: "b/p[1]", kind: "paragraph", pt: "Uma camada é uma folha transparente.", en: "A layer is a transparent sheet.", enAt: 1 },
    ]);
    expect(r.enOnly).toEqual([{ path: "b/p[2]", kind: "paragraph", en: "More text here.", enAt: 2 }]);
  });

  it("moves the untranslated fallback (the English word for word, or English by its function words) out of the Portuguese", () => {
    const en = [p("b/p[1]", "The other tools use a brush to modify an image."), p("b/p[2]", "Click the button to start.")];
    const pt = [p("b/p[1]", "The other tools use a brush to modify an image."), p("b/p[2]", "This is the old text of the button, which was changed.")];
    const r = pairBlocks(pt, en);
    expect(r.blocks).toEqual([]);
    expect(r.enOnly.map((b) => b.path)).toEqual(["b/p[1]", "b/p[2]"]);
    expect(r.untranslatedWords).toBe(10 + 11);
  });

  it("keeps short labels and code that are the same in both languages", () => {
    const both = [p("b/dt[1]", "Ctrl", "term"), p("b/pre[1]", "$ apt-get source gimp and the rest of the command", "code")];
    expect(pairBlocks(both, both).blocks.map((b) => b.pt)).toEqual(["Ctrl", "$ apt-get source gimp and the rest of the command"]);
  });
});

describe("pairBlocks across shifted paths", () => {
  const h = (path: string, text: string) => p(path, text, "heading");
  const pairsOf = (r: ReturnType<typeof pairBlocks>) => r.blocks.map((b) => [b.pt, b.en ?? null]);

  it("apt: the translator's extra TRADUÇÃO section shifts the author and notes sections; they get their English, the translator's section none", () => {
    const pt = [
      h("s7/h", "ERROS"), p("s7/b1", "Veja a página de erros do Foo."),
      h("s8/h~unpaired", "TRADUÇÃO"), p("s8/b1~unpaired", "Traduzido por Fulano de Tal em 2012."),
      h("s9/h~unpaired", "AUTOR"), p("s9/b1~unpaired", "Equipa do FOO"),
      h("s10/h~unpaired", "NOTAS"), p("s10/b1~unpaired", "1. página de erros do FOO"), p("s10/b2~unpaired", "https://bugs.example.org/foo"),
    ];
    const en = [
      h("s7/h", "BUGS"), p("s7/b1", "See the Foo bug page."),
      h("s8/h", "AUTHOR"), p("s8/b1", "FOO team"),
      h("s9/h", "NOTES"), p("s9/b1", "1. FOO bug page"), p("s9/b2", "https://bugs.example.org/foo"),
    ];
    const r = pairBlocks(pt, en);
    expect(pairsOf(r)).toEqual([
      ["ERROS", "BUGS"], ["Veja a página de erros do Foo.", "See the Foo bug page."],
      ["TRADUÇÃO", null], ["Traduzido por Fulano de Tal em 2012.", null],
      ["AUTOR", "AUTHOR"], ["Equipa do FOO", "FOO team"],
      ["NOTAS", "NOTES"], ["1. página de erros do FOO", "1. FOO bug page"], ["https://bugs.example.org/foo", "https://bugs.example.org/foo"],
    ]);
    expect(r.enOnly).toEqual([]);
    // The English keeps its own order: the gold and the checks read it by enAt.
    expect(r.blocks.filter((b) => b.en).map((b) => b.enAt)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Only the pairs found across the shift are marked: the alignment gold leaves them out.
    expect(r.blocks.filter((b) => b.acrossGap).map((b) => b.pt)).toEqual(["AUTOR", "Equipa do FOO", "NOTAS", "1. página de erros do FOO", "https://bugs.example.org/foo"]);
  });

  it("debhelper: a #LISTA# placeholder where the English has the expanded list; the section's headings and sentences still find their English", () => {
    const pt = [
      h("s4/h~unpaired", "COMANDOS DO FOOHELPER"),
      p("s4/b1~unpaired", "Aqui está a lista dos comandos foohelper que pode usar."),
      p("s4/b2~unpaired", "#LISTA#"),
      h("s4/b3~unpaired", "Comandos Descontinuados"),
      p("s4/b4~unpaired", "Alguns comandos foohelper estão descontinuados."),
      p("s4/b5~unpaired", "#LISTA_DE_DESCONTINUADOS#"),
      h("s5/h", "FICHEIROS"),
    ];
    const en = [
      h("s4/h", "FOOHELPER COMMANDS"),
      p("s4/b1", "Here is the list of foohelper commands you can use."),
      // The descriptions name the tool suite too: the sentence goes with the English of its own length, not the first that names it.
      p("s4/b2", "fh_build(1)"), p("s4/b3", "builds a package"), p("s4/b4", "fh_clean(1)"), p("s4/b5", "a tool for foohelper tools"),
      h("s4/b6", "Deprecated Commands"),
      p("s4/b7", "A few foohelper commands are deprecated."),
      p("s4/b8", "fh_old(1)"), p("s4/b9", "does what it used to"),
      h("s5/h", "FILES"),
    ];
    const r = pairBlocks(pt, en);
    expect(pairsOf(r)).toEqual([
      ["COMANDOS DO FOOHELPER", "FOOHELPER COMMANDS"],
      ["Aqui está a lista dos comandos foohelper que pode usar.", "Here is the list of foohelper commands you can use."],
      ["#LISTA#", null],
      ["Comandos Descontinuados", "Deprecated Commands"],
      ["Alguns comandos foohelper estão descontinuados.", "A few foohelper commands are deprecated."],
      ["#LISTA_DE_DESCONTINUADOS#", null],
      ["FICHEIROS", "FILES"],
    ]);
    expect(r.enOnly.map((b) => b.en)).toEqual(["fh_build(1)", "builds a package", "fh_clean(1)", "a tool for foohelper tools", "fh_old(1)", "does what it used to"]);
  });

  it("dpkg-architecture: a listing re-indented into one block fewer; the blocks after it pair again by their code and names", () => {
    const pt = [
      h("s9/h~unpaired", "EXEMPLOS"),
      p("s9/b1~unpaired", "Verifica se a arquitectura actual é um sistema Linux."),
      p("s9/b2~unpaired", "foo-arch -ilinux-any"),
      p("s9/b3~unpaired", "x += --build=$(HOST)\nelse", "code"),
      h("s9/b4~unpaired", "Utilização em debian/rules"),
      p("s9/b5~unpaired", "As variáveis definidas pelo foo-arch são passadas para debian/rules."),
      h("s10/h", "AMBIENTE"),
    ];
    const en = [
      h("s9/h", "EXAMPLES"),
      p("s9/b1", "Check if the current architecture is a Linux system:"),
      p("s9/b2", "foo-arch -ilinux-any"),
      p("s9/b3", "x += --build=$(HOST)"), p("s9/b4", "else"),
      h("s9/b5", "Usage in debian/rules"),
      p("s9/b6", "The variables set by foo-arch are passed to debian/rules."),
      h("s10/h", "ENVIRONMENT"),
    ];
    const r = pairBlocks(pt, en);
    expect(pairsOf(r)).toEqual([
      ["EXEMPLOS", "EXAMPLES"],
      ["Verifica se a arquitectura actual é um sistema Linux.", "Check if the current architecture is a Linux system:"],
      ["foo-arch -ilinux-any", "foo-arch -ilinux-any"],
      ["x += --build=$(HOST)\nelse", null],
      ["Utilização em debian/rules", "Usage in debian/rules"],
      ["As variáveis definidas pelo foo-arch são passadas para debian/rules.", "The variables set by foo-arch are passed to debian/rules."],
      ["AMBIENTE", "ENVIRONMENT"],
    ]);
  });
});

describe("pairBlocks stays conservative", () => {
  it("leaves a shifted block unpaired when nothing but its place says it is the counterpart", () => {
    const pt = [p("s1/h", "NOME", "heading"), p("s1/b1", "foo - faz uma coisa"), p("s2/h~unpaired", "DESCRIÇÃO", "heading"), p("s2/b1~unpaired", "Uma frase sem nomes nem números."), p("s2/b2~unpaired", "Outra frase sem nada em comum.")];
    const en = [p("s1/h", "NAME", "heading"), p("s1/b1", "foo - does a thing"), p("s2/h", "DESCRIPTION", "heading"), p("s2/b1", "A sentence with nothing kept.")];
    const r = pairBlocks(pt, en);
    expect(r.blocks.slice(2).map((b) => b.en)).toEqual([undefined, undefined, undefined]);
  });

  it("gimp glossary: does not pair the one block left on each side between two pairs for its place alone (the English entry is another one)", () => {
    const pt = [p("dl/dt[1]", "Bézier", "term"), p("dl/dd[1]", "Uma curva de Bézier.", "definition"), p("dl/dd[2]", "No GIMP, pode enevoar as bordas.", "definition"), p("dl/dt[3]", "Ruído", "term")];
    const en = [p("dl/dt[1]", "Bezier", "term"), p("dl/dd[1]", "A Bezier curve.", "definition"), p("dl/dt[2]", "Clone", "term"), p("dl/dd[9]", "See also the Clone Tool.", "definition"), p("dl/dt[3]", "Noise", "term")];
    const r = pairBlocks(pt, en);
    expect(r.blocks.map((b) => b.en)).toEqual(["Bezier", "A Bezier curve.", undefined, "Noise"]);
  });

  it("gimp dialogs: pairs the one sentence of plain prose left on each side between two pairs (the same slot of the page)", () => {
    const pt = [p("b/p[1]", "Doze botões mostram as cores usadas."), p("b/div[2]/p[1]", "Este diálogo funciona para as duas cores."), p("b/h2[1]", "3.1.1. Ativando o diálogo", "heading")];
    const en = [p("b/p[1]", "Twelve buttons show the last used colors."), p("b/p[2]", "This dialog works on either color."), p("b/h2[1]", "3.1.1. Activating the Dialog", "heading")];
    expect(pairBlocks(pt, en).blocks.map((b) => b.en)).toEqual(["Twelve buttons show the last used colors.", "This dialog works on either color.", "3.1.1. Activating the Dialog"]);
  });

  it("does not pair blocks of another kind, or of implausible lengths, even when they share a name", () => {
    const pt = [p("a[1]", "Início"), p("x[1]", "Linux", "heading"), p("x[2]", "Curto Linux."), p("z[1]", "Fim")];
    const en = [p("a[1]", "Start"), p("y[1]", "Linux"), p("y[2]", "A long paragraph about Linux that goes on and on for far longer than any translation of two words could."), p("z[1]", "End")];
    const r = pairBlocks(pt, en);
    expect(r.blocks.map((b) => b.en)).toEqual(["Start", undefined, undefined, "End"]);
  });

  it("leaves the document's words and untranslated fallback as the path decides them (the split must not move)", () => {
    const en = [p("b/p[1]", "The other tools use a brush to modify an image."), p("b/p[9]", "Unrelated tail with GIMP.")];
    const pt = [p("b/p[1]", "The other tools use a brush to modify an image."), p("b/p[2]", "O GIMP tem pincéis.")];
    const r = pairBlocks(pt, en);
    expect(r.untranslatedWords).toBe(10);
    expect(r.blocks.map((b) => b.pt)).toEqual(["O GIMP tem pincéis."]);
  });
});

describe("looksEnglish", () => {
  it.each([
    ["Take a look at the bugs in Launchpad, and that might give you an idea of the work.", true],
    ["Dê uma olhada nos erros do Launchpad, e isso pode lhe dar uma ideia do trabalho.", false],
    // Portuguese with English product names is still Portuguese.
    ["O GIMP Toolbox inclui o Paintbrush e o Airbrush para a pintura.", false],
    ["Ctrl+Shift", false],
  ])("%s → %s", (text, expected) => expect(looksEnglish(text)).toBe(expected));
});
