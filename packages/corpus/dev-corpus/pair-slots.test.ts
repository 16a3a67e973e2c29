import { describe, expect, it } from "vitest";
import { pairBlocks } from "./pair-blocks.ts";
import { assignments, formOf, keptAgrees, MAX_SLOT, optionStem, translationLengths } from "./pair-slots.ts";
import { likeness } from "./block-likeness.ts";
import { paragraphGold } from "../src/dev/paragraph-gold.ts";
import type { DevDocument, ExtractedBlock } from "../src/dev/types.ts";

const p = (path: string, text: string, kind: ExtractedBlock["kind"] = "paragraph"): ExtractedBlock => ({ path, kind, text });
const docOf = (r: ReturnType<typeof pairBlocks>): DevDocument => ({
  id: "t/x", source: "t", package: "t", version: "1", licence: "GPL", variant: "pt-BR", half: "tune", blocks: r.blocks, enOnly: r.enOnly, words: 0,
});

// scilab gda: the English page has a note the Portuguese page has under another path; the name is
// capitalised on one side only ("Figure" / "figure"), so no rule of shared tokens pairs it.
const gdaPt = [
  p("d/p[1]", "A função gda retorna o manipulador dos eixos padrões. O usuário pode utilizar este manipulador para ajustar os valores padrões."),
  p("d/p[2]~pt", "Note que uma entidade gráfica padrão equivalente também existe para entidades Figure (ver gdf)."),
  p("e/h", "Exemplos", "heading"),
  p("e/pre", 'a=gda() // obtendo o manipulador dos eixos modelos\na.box="off";\na.foreground=2;\nsubplot(211)', "code"),
  p("e/p", "Ver também a função sda, que restaura os valores de fábrica."),
];
const gdaEn = [
  p("d/p[1]", "The gda function returns the handle on the default axes. The user can use this handle to set the default values."),
  p("d/div/p[1]", "Note that an equivalent default graphic entity exists for figure entities too (see gdf)."),
  p("e/h", "Examples", "heading"),
  p("e/pre", 'a=gda() // get the handle of the model axes\na.box="off";\na.foreground=2;\nsubplot(211)', "code"),
  p("e/p", "See also the sda function, which restores the factory values."),
];

describe("pairBlocks: a slot between two sound pairs (pair-slots.ts)", () => {
  it("scilab gda: the one unpaired block on each side between two pairs gets its English, proved by the example after the heading", () => {
    const r = pairBlocks(gdaPt, gdaEn);
    expect(r.blocks[1]).toMatchObject({ en: gdaEn[1]!.text, enAt: 1, acrossGap: true, pairedBy: "slot" });
    expect(r.enOnly).toEqual([]);
    // Place is no structure: the gold leaves the slot pair out.
    expect(paragraphGold(docOf(r)).links).toEqual([{ pt: 0, en: 0 }, { pt: 2, en: 2 }, { pt: 3, en: 3 }, { pt: 4, en: 4 }]);
  });

  it("scilab gda: not when nothing near the slot proves its bounds (the example rewritten, another listing)", () => {
    const en = gdaEn.map((b, i) => (i === 3 ? p("e/pre", "f=gdf()\nf.color_map=jetcolormap(64);\nplot3d()", "code") : b));
    expect(pairBlocks(gdaPt, en).blocks[1]!.en).toBeUndefined();
  });

  it("a slot at a page's end is no slot: the English page may simply go on", () => {
    const r = pairBlocks(gdaPt.slice(0, 2), gdaEn.slice(0, 2));
    expect(r.blocks[1]!.en).toBeUndefined();
  });

  it("not when a number disagrees (another version of the note)", () => {
    const en = gdaEn.map((b, i) => (i === 1 ? p("d/div/p[1]", "Note that since Scilab 6.1 this default entity exists for figure entities too (see gdf).") : b));
    expect(pairBlocks(gdaPt, en).blocks[1]!.en).toBeUndefined();
  });

  it("gimp concepts-docks: of two English blocks in the slot, the one whose names the Portuguese lacks is the newer page's; the other is the counterpart", () => {
    const pt = [
      p("s/p[1]", "Nesses encaixes, cada diálogo está em sua própria guia."),
      p("s/p[2]", "No modo de janelas multiplas, uma nova janela contendo cada diálogo aparece na tela."),
      p("s/p[3]", "Neste modo, o diálogo fica numa janela própria que você pode mover."),
      p("s/p[4]~pt", "Você pode clicar e arrastar uma guia e soltá-la no local desejado:"),
      p("s/p[6]", "ou na barra de guias de um encaixe, para integrá-lo ao grupo de diálogos ali,"),
    ];
    const en = [
      p("s/p[1]", "In these docks, each dialog is in its own tab."),
      p("s/p[2]", "In multi-window mode, a new window, containing the dialog, appears on the screen."),
      p("s/p[3]", "In this mode, the dialog sits in a window of its own that you can move."),
      p("s/p[4]", "In single-window mode, the dialog is automatically docked to the Brushes-Document History dock as a tab."),
      p("s/p[5]", "You can click-and-drag a tab and drop it in the wanted place:"),
      p("s/p[6]", "either in the tab bar of a dock, to integrate it in the dialog group,"),
    ];
    const r = pairBlocks(pt, en);
    expect(r.blocks[3]).toMatchObject({ en: en[4]!.text, enAt: 4, pairedBy: "slot" });
    expect(r.enOnly.map((b) => b.enAt)).toEqual([3]);
  });

  it("not when two English blocks of the slot would fit alike: place cannot choose", () => {
    const pt = [gdaPt[0]!, p("x/p~pt", "Uma frase curta sem nomes."), ...gdaPt.slice(2)];
    const en = [gdaEn[0]!, p("x/p[1]", "A short plain sentence."), p("x/p[2]", "Another plain sentence."), ...gdaEn.slice(2)];
    const r = pairBlocks(pt, en);
    expect(r.blocks[1]!.en).toBeUndefined();
    expect(r.enOnly.map((b) => b.enAt)).toEqual([1, 2]);
  });
});

describe("pair-slots helpers", () => {
  it("keptAgrees: a name capitalised on one side only is the same name; a translated label is not; a code token must be on both sides", () => {
    const l = (t: string) => likeness("paragraph", t);
    expect(keptAgrees(l("Existe para entidades Figure (ver gdf)."), l("Exists for figure entities (see gdf)."))).toBe(true);
    expect(keptAgrees(l("Use o menu Janelas → Diálogos de encaixe."), l("Use the Windows → Dockable Dialogs menu."))).toBe(false);
    expect(keptAgrees(l("Use o menu Janelas → Diálogos de encaixe."), l("Use the Windows → Dockable Dialogs menu."), false)).toBe(true);
    expect(keptAgrees(l("Ajuste clip_state antes."), l("Set clip_box first."), false)).toBe(false);
  });

  it("keptAgrees: an example's path, file name or placeholder reworded in its own form is the same literal; another form or figure is not", () => {
    const l = (t: string) => likeness("paragraph", t);
    // kid3(1): the translator translates the example's paths and file names; xz(1): E/S for I/O.
    expect(keptAgrees(l("get SYLT:'/local/das/letras.lrc'"), l("get SYLT:'/path/to/lyrics.lrc'"), false)).toBe(true);
    expect(keptAgrees(l("import {FICHEIRO} {NOME-FORMATO}"), l("import {FILE} {FORMAT-NAME}"), false)).toBe(true);
    expect(keptAgrees(l("reduzindo a quantidade de E/S do disco."), l("reducing the amount of disk I/O."), false)).toBe(true);
    expect(keptAgrees(l("Monte /dev/sda1 primeiro."), l("Mount /dev/sdb2 first."), false)).toBe(false);
    expect(keptAgrees(l("Edite /etc/apt/sources.list agora."), l("Edit /etc/apt/sources.list.d/ now."), false)).toBe(false);
    expect(formOf("doWork()")).toBeUndefined();
    expect(formOf("/local/da/pasta.jpg")).toBe(formOf("/path/to/folder.jpg"));
  });

  it("translationLengths: tighter than a plausible length for long blocks, a fixed slack for short ones", () => {
    expect(translationLengths(110, 100)).toBe(true);
    expect(translationLengths(200, 100)).toBe(false);
    expect(translationLengths(16, 41)).toBe(true);
    expect(translationLengths(10, 55)).toBe(false);
  });

  it("assignments: every in-order pairing of the smaller side, either way round", () => {
    expect(assignments([7], [3, 4])).toEqual([[[7, 3]], [[7, 4]]]);
    expect(assignments([1, 2], [5])).toEqual([[[1, 5]], [[2, 5]]]);
    expect(assignments([1, 2], [5, 6, 7])).toHaveLength(3);
  });
});

// A man page's OPTIONS section whose block shapes differ elsewhere (man-blocks.ts marks all its
// Portuguese paths ~unpaired): option names prove the bounds, the placeholders are translated.
const optPt = [
  p("s5/b1~unpaired", "-f, --force"),
  p("s5/b2~unpaired", "Esta opção tem vários efeitos:"),
  p("s5/b3~unpaired", "• Se o arquivo de destino já existir, o exclui antes de compactar."),
  p("s5/b4~unpaired", "• Compacta mesmo que a entrada seja um link simbólico."),
  p("s5/b5~unpaired", "• Compacta mesmo que a entrada seja um arquivo de dispositivo."),
  p("s5/b6~unpaired", "--block-size=tamanho"),
  p("s5/b7~unpaired", "Ao compactar, inicia um novo bloco após cada tamanho bytes de entrada."),
  p("s5/b8~unpaired", "-k, --keep"),
];
const optEn = [
  p("s5/b1", "-f, --force"),
  p("s5/b2", "This option has several effects:"),
  p("s5/b3", "• If the target file already exists, delete it before compressing."),
  p("s5/b4", "• Compress even if the input is a symbolic link."),
  p("s5/b5", "• Compress even if the input is a device file."),
  p("s5/b6", "--block-size=size"),
  p("s5/b7", "When compressing, start a new block after every size bytes of input."),
  p("s5/b8", "-k, --keep"),
];

describe("pairBlocks: man-page option slots (pair-slots.ts, session 7)", () => {
  it(`xz(1) OPTIONS: ${optPt.length - 2} blocks each side (more than MAX_SLOT) between two option names are paired block by block`, () => {
    expect(optPt.length - 2).toBeGreaterThan(MAX_SLOT);
    const r = pairBlocks(optPt, optEn);
    expect(r.blocks.map((b) => b.en)).toEqual(optEn.map((b) => b.text));
    expect(r.blocks.slice(1, -1).every((b) => b.acrossGap && b.pairedBy === "slot")).toBe(true);
    expect(r.enOnly).toEqual([]);
    // Nothing of it is alignment gold: the paths differ.
    expect(paragraphGold(docOf(r)).links).toEqual([]);
  });

  it("xz(1) OPTIONS: not when one option of the slot is another option (the English page's newer --block-list)", () => {
    const en = optEn.map((b, i) => (i === 5 ? p("s5/b6", "--block-list=items") : b));
    const r = pairBlocks(optPt, en);
    expect(r.blocks.slice(1, -1).every((b) => b.en === undefined)).toBe(true);
  });

  it("xz(1) OPTIONS: not when the English has one block more (the slot is uneven and longer than MAX_SLOT)", () => {
    const en = [...optEn.slice(0, 5), p("s5/b5b", "• Compress even if the input has more than one hard link."), ...optEn.slice(5)];
    const r = pairBlocks(optPt, en);
    expect(r.blocks.slice(1, -1).every((b) => b.en === undefined)).toBe(true);
  });

  it("a translated value placeholder keeps the option's name; another option does not agree", () => {
    expect(optionStem("--block-size=tamanho")).toBe("--block-size=");
    expect(optionStem("--files[=arquivo]")).toBe("--files[=");
    expect(keptAgrees(likeness("paragraph", "--block-size=tamanho"), likeness("paragraph", "--block-size=size"))).toBe(true);
    expect(keptAgrees(likeness("paragraph", "--memlimit-compress=limite"), likeness("paragraph", "--memlimit-decompress=limit"))).toBe(false);
    expect(keptAgrees(likeness("paragraph", "Consulte --files[=arquivo]."), likeness("paragraph", "See --files0[=file]."))).toBe(false);
  });

  it("a word after a bullet, or after a man page's tag, starts a sentence: it is no name", () => {
    expect([...likeness("paragraph", "• Se o arquivo existir, o exclui.").kept]).toEqual([]);
    expect([...likeness("paragraph", "lzip Aceita apenas arquivos .lz ao descompactar.").kept]).not.toContain("Aceita");
    expect([...likeness("paragraph", "Use o formato do Linux aqui.").kept]).toContain("Linux");
    // A list entry's dash is no bullet: scilab "repmat — Replicate …" must not slot-pair with "spzeros — matriz …".
    expect([...likeness("paragraph", "repmat — Replicate and tile an array").kept]).toContain("Replicate");
  });
});

describe("likeness: a man page's tag with a digit (block-likeness.ts, session 7)", () => {
  it("xz(1) match finders: the tag hc3 is kept, so the entry pairs with the English entry of the same tag, not its neighbour", () => {
    expect([...likeness("paragraph", "hc3 Cadeia de hashs com hashing de 2 e 3 bytes").kept]).toContain("hc3");
    const pt = [p("s5/h~unpaired", "OPÇÕES", "heading"), p("s5/b1~unpaired", "hc3 Cadeia de hashs com hashing de 2 e 3 bytes"), p("s5/b2~unpaired", "bt2 Árvore binária com hashing de 2 bytes")];
    const en = [p("s5/h", "OPTIONS", "heading"), p("s5/b1", "hc4 Hash Chain with 2-, 3-, and 4-byte hashing"), p("s5/b2", "hc3 Hash Chain with 2- and 3-byte hashing"), p("s5/b3", "bt2 Binary Tree with 2-byte hashing")];
    expect(pairBlocks(pt, en).blocks.map((b) => b.en)).toEqual([undefined, en[2]!.text, en[3]!.text]);
  });

  it("a tag of letters only is no evidence: man pages translate those (free(1) \"usada\" for \"used\")", () => {
    expect([...likeness("paragraph", "used Used or unavailable memory").kept]).not.toContain("used");
  });
});

describe("pairBlocks: translated names in a man section whose shapes differ (pair-slots.ts, session 7)", () => {
  const pt = [p("s5/b1~unpaired", "-k, --keep"), p("s5/b2~unpaired", "Consulte também a seção Uso de memória."), p("s5/b3~unpaired", "-T, --threads")];
  const en = [p("s5/b1", "-k, --keep"), p("s5/b2", "See also the section Memory usage."), p("s5/b3", "-T, --threads")];

  it("xz(1): an even slot proved on both sides pairs although the section name is translated", () => {
    expect(pairBlocks(pt, en).blocks[1]).toMatchObject({ en: en[1]!.text, acrossGap: true, pairedBy: "slot" });
  });

  it("not outside such a section (names still decide elsewhere), nor when a number disagrees", () => {
    const plain = pt.map((b, i) => (i === 1 ? p("x/b2", b.text) : b));
    expect(pairBlocks(plain, en).blocks[1]!.en).toBeUndefined();
    const other = en.map((b, i) => (i === 1 ? p("s5/b2", "See also the section Memory usage of 64 MiB.") : b));
    expect(pairBlocks(pt, other).blocks[1]!.en).toBeUndefined();
  });
});

describe("pairBlocks: a man section's even slot, what the translation words otherwise (pair-slots.ts, session 10)", () => {
  const bound = (s: string) => [p(`${s}/b1~unpaired`, "-k, --keep"), p(`${s}/b3~unpaired`, "-T, --threads")];
  const slot = (ptText: string, enText: string, ptKind: ExtractedBlock["kind"] = "paragraph", enKind: ExtractedBlock["kind"] = "paragraph") => {
    const [a, b] = bound("s5");
    const [c, d] = bound("s5").map((x) => ({ ...x, path: x.path.replace("~unpaired", "") }));
    return pairBlocks([a!, p("s5/b2~unpaired", ptText, ptKind), b!], [c!, p("s5/b2", enText, enKind), d!]).blocks[1]!.en;
  };

  it("psmisc fuser(1), xz(1), cups mime.types(5): a plural in brackets and two words across a slash are prose, not literals", () => {
    expect(slot("Compara os inodes do(s) arquivo(s) especificado(s), nunca os nomes.", "Compare the inodes of the specified file(s), never the names.")).toBeDefined();
    expect(slot("Verdadeira se os bytes correspondem sem distinguir maiúsculas/minúsculas.", "True if the bytes match string without respect to case.")).toBeDefined();
    // kid3(1): "p.ex." for "e.g." is an abbreviation, no file with an extension.
    expect(slot("No formato com o nome NOME-FORMATO (p.ex. \"CSV sem aspas\").", "In the format with the name FORMAT-NAME (e.g. \"CSV unquoted\").")).toBeDefined();
  });

  it("man-db lexgrog(1): an example run into one line on one side is the other's listing", () => {
    expect(slot(".SH NAME foo \\- programa para fazer alguma coisa", ".SH NAME\nfoo \\- program to do something", "paragraph", "code")).toBeDefined();
  });

  it("procps pgrep(1): an uneven slot where the English puts a tag on a line of its own; the translated heading pairs, the description with the description", () => {
    const pt = [p("s4/b9~unpaired", "-v, --inverse"), p("s5/h~unpaired", "OPERANDOS", "heading"), p("s5/b1~unpaired", "padrão Especifica uma expressão regular estendida para corresponder aos nomes de processos."), p("s6/h~unpaired", "EXEMPLOS", "heading"), p("s6/b1~unpaired", "pgrep -u root sshd")];
    const en = [p("s4/b9", "-v, --inverse"), p("s5/h", "OPERANDS", "heading"), p("s5/b1", "pattern"), p("s5/b2", "Specifies an Extended Regular Expression for matching against the process names."), p("s6/h", "EXAMPLES", "heading"), p("s6/b1", "pgrep -u root sshd")];
    expect(pairBlocks(pt, en).blocks.map((b) => b.en)).toEqual(["-v, --inverse", "OPERANDS", en[3]!.text, "EXAMPLES", "pgrep -u root sshd"]);
  });

  it("not when the literal differs: another call, another file", () => {
    expect(slot("Chame processar_arquivo(s) antes.", "Call process_file(s) first.")).toBeUndefined();
    expect(slot("Edite /etc/apt/sources.list antes.", "Edit /etc/apt/apt.conf first.")).toBeUndefined();
    // A listing is text of a page, a heading is not.
    expect(slot(".SH NAME foo \\- programa", ".SH NAME\nfoo \\- program", "heading", "code")).toBeUndefined();
  });
});
