import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isInsideLiteral, literalSpans, literalSpansOfKinds, maskLiterals, matchesOf } from "./literal-spans.ts";
import type { LiteralKind } from "./literal-patterns.ts";
import { LITERAL_PATTERNS, type LiteralPattern } from "./literal-patterns.ts";

/** The spans as "kind:text | kind:text", one readable line per case. */
const render = (text: string) => literalSpans(text).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`).join(" | ");

describe("literalSpans finds literal material", () => {
  it.each([
    ["url-with-stop-after", "Veja https://www.example.org/docs/index.html.", "url:https://www.example.org/docs/index.html"],
    ["url-www", "em www.gimp.org, com", "url:www.gimp.org"],
    ["url-in-parentheses", "(veja http://lists.example.org/)", "url:http://lists.example.org/"],
    ["email", "escreva para ubuntu-motu@lists.ubuntu.com.", "email:ubuntu-motu@lists.ubuntu.com"],
    ["host", "a lista lists.example.org recebe", "host:lists.example.org"],
    ["file-tarball", "o arquivo foo_1.2.tar.gz contém", "file:foo_1.2.tar.gz"],
    ["file-changelog", "em changelog.Debian.gz há", "file:changelog.Debian.gz"],
    ["file-patch", "aplique file.patch agora", "file:file.patch"],
    ["path", "em /usr/share/gimp/2.0/scripts há", "path:/usr/share/gimp/2.0/scripts"],
    ["home-path", "a pasta ~/.config/GIMP guarda", "path:~/.config/GIMP"],
    ["relative-path", "edite debian/control e", "path:debian/control"],
    ["version", "a versão 2.10.34-2 traz", "version:2.10.34-2"],
    ["section-number", "veja a seção 14.5.7 abaixo", "version:14.5.7"],
    ["option", "use --prefix=/usr e -j4", "option:--prefix=/usr | option:-j4"],
    ["command-with-option", "(apt-get install -y hello)", "command:apt-get install -y hello"],
    // find(1) and Scilab write long options with one dash; an enclitic written apart stays prose.
    ["long-option-one-dash", "como -printf e -fprintf, ou deixá -lo", "option:-printf | option:-fprintf"],
    ["time-zone", "por exemplo Europe/London ou UTC", "path:Europe/London"],
    ["code-backticks", "rode `make check` antes", "code:`make check`"],
    ["code-identifier", "a função gimp_image_new cria", "code:gimp_image_new"],
    ["man-page", "veja dpkg(1) e apt.conf(5)", "code:dpkg(1) | code:apt.conf(5)"],
    ["keys", "pressione Ctrl+Shift+S para", "keys:Ctrl+Shift+S"],
    // A key of two words alone, as a table of shortcuts names it (GIMP's key reference).
    ["key-alone", "Page Up", "keys:Page Up"],
    ["key-in-prose", "carregue em Page Down ou Caps Lock", "keys:Page Down | keys:Caps Lock"],
    // A man page's synopsis item on its own line: a subcommand and its repeated placeholder (apt-cache, apt-get).
    ["synopsis-item", "show pkg...", "command:show pkg..."],
    ["synopsis-item-after-bar", "texto\n| purge pkg...", "command:| purge pkg..."],
    ["synopsis-item-placeholder", "add filename", "command:add filename"],
    ["menu-arrows", "escolha Imagem → Modo → RGB para", "menu:Imagem → Modo → RGB"],
    ["menu-spaced-hyphens", "use Arquivo - Salvar como - Exportar", "menu:Arquivo - Salvar como - Exportar"],
    ["menu-spaced-hyphen-after-menu-word", "no menu Arquivo - Salvar como", "menu:Arquivo - Salvar como"],
    // The path's last item named with its kind of control, before the label in Portuguese and after it in English.
    ["menu-ending-on-a-tab", "escolha Formatar - Células - guia Números e clique", "menu:Formatar - Células - guia Números"],
    ["menu-ending-on-a-tab-en", "choose Format - Cells - Numbers tab.", "menu:Format - Cells - Numbers tab"],
    // A step's verb opening the sentence is the path's context, not its first item: two items are then a path too.
    ["menu-two-items-after-sentence-verb", "2. Escolha Dados - Classificar.", "number:2 | menu:Dados - Classificar"],
    // A Portuguese label between two separators runs longer than the English's.
    ["menu-long-middle-item", "escolha Inserir - Nota de rodapé e nota de fim - Nota de rodapé, ou", "menu:Inserir - Nota de rodapé e nota de fim - Nota"],
    // The stop ending the sentence is not the path's; an item's own ellipsis is.
    ["menu-item-with-ellipsis", "no menu Arquivo - Exportar... e", "menu:Arquivo - Exportar..."],
    ["markup-link", "ouça no [Spotify](#) hoje", "markup:[Spotify](#)"],
    ["markup-tag", "o elemento <b>negrito</b>", "markup:<b> | markup:</b>"],
    ["abbreviation", "ferramentas, i.e. programas da Foo Ltd. e", "abbreviation:i.e. | abbreviation:Ltd."],
    ["number", "custa 1.234,56 e 10%", "number:1.234,56 | number:10%"],
    // Session 9 (fresh KDE handbooks and man pages, class C6): a file's name with a Portuguese stem and a known
    // extension, a member called with its arguments, and a tool's subcommand or target without an argument.
    ["file-portuguese-stem", "grave num ficheiro complexa.osd e abra Exemplo.qml", "file:complexa.osd | file:Exemplo.qml"],
    ["path-translated-folders", "em /localização/do/Exemplo.qml)", "path:/localização/do/Exemplo.qml"],
    ["member-call", "ficheiros in os.walk(pasta):", "code:os.walk"],
    ["subcommand", "o comando é o cvs watch on, e depois make dist e autotools", "command:cvs watch on | command:make dist"],
    // A package or service manager with its subcommand and what it acts on: the line a reader types.
    ["manager-subcommand", "reinicie com systemctl restart ssh e depois apt-get install aptitude.", "command:systemctl restart ssh | command:apt-get install aptitude"],
    // A command's arguments end at the prose around it.
    ["command-then-prose", "execute chmod 600 /etc/shadow e reinicie o serviço", "command:chmod 600 /etc/shadow"],
  ])("%s", (_name, text, expected) => {
    expect(render(text)).toBe(expected);
  });
});

describe("literalSpans leaves prose alone (near misses)", () => {
  it.each([
    ["glued-sentences", "os custos aumentam.amodei acredita"],
    ["and-or", "o usuário e/ou o grupo"],
    ["enclitic", "comercializá -lo depois"],
    ["spaced-hyphen-dash", "A OpenAI - que cresceu - anunciou"],
    ["one-spaced-hyphen", "O modelo - Claude - é bom"],
    ["manager-named-alone", "o apt é o gerenciador de pacotes e o systemctl gere serviços"],
    // A control word in lower case after a dash in prose is no path's end: the chain needs its capitalised items.
    ["dash-before-a-word-of-control", "o livro - guia prático - é bom"],
    // The verb before a capitalised name and a dash in prose: no capitalised item after the hyphen, no path.
    ["sentence-verb-before-a-dash", "Escolha Dados - o menu mostra"],
    // A long run between two spaced hyphens in prose opens in lower case after the first: no item.
    ["long-aside-between-dashes", "O Brasil - um país de dimensões continentais e clima variado - Tem"],
    // Two names with capitals joined by a conjunction are no long label: each name is its own.
    ["two-titles-joined", "o Ailsean - Mega Fire e The Strokes - Reptilia tocam"],
    ["hyphenated-word", "pós-treinamento e bem-vindo"],
    ["accented-prose", "A ação da opção não é válida."],
    ["decimal-name", "o Character.AI cresceu"],
    // A line of prose that trails off has more words, or a capital: no synopsis.
    ["trailing-ellipsis", "e assim por diante..."],
    ["trailing-ellipsis-capital", "Veja mais..."],
    ["placeholder-word-in-prose", "open the file"],
    ["make-as-a-verb", "it will make all the difference to make sure"],
    ["glued-stop-before-parenthesis", "o texto acabou.depois (veja)"],
    ["unknown-extension", "acabou.resto de tudo"],
  ])("%s", (_name, text) => {
    const spans = literalSpans(text).filter((s) => s.kind !== "number" && !(s.kind === "host" && text.slice(s.start, s.end) === "Character.AI"));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([]);
  });
});

describe("literalSpans invariants", () => {
  it("spans are sorted, disjoint and inside the text; masking keeps every offset", () => {
    const piece = fc.constantFrom("ação ", "http://a.org/x ", "foo_bar ", "e/ou ", "1.2.3 ", "- ", "Arquivo - Salvar ", "ç", ".", " ", "--x ", "~/.rc ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        const spans = literalSpans(text);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          last = s.end;
        }
        expect(last).toBeLessThanOrEqual(text.length);
        expect(maskLiterals(text, spans)).toHaveLength(text.length);
        for (const s of spans) expect(isInsideLiteral(spans, s.start)).toBe(true);
      }),
    );
  });
});

describe("literalSpansOfKinds", () => {
  it("gives every span of the asked kinds that literalSpans gives, with or without other kinds around", () => {
    const kinds: ReadonlySet<LiteralKind> = new Set<LiteralKind>(["code", "path", "option"]);
    const piece = fc.constantFrom("the well-known tool ", "run --force ", "see /etc/apt ", "foo_bar() ", "2.5 GB ", "e.g. ", "Page Up ", "File > Save As ", "(note) ", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const of = (spans: readonly { kind: LiteralKind; start: number; end: number }[]) => spans.filter((s) => kinds.has(s.kind)).map((s) => `${s.kind} ${s.start}-${s.end}`);
        expect(of(literalSpansOfKinds(text, kinds))).toEqual(of(literalSpans(text)));
      }),
    );
  });
});

describe("a pattern tried only before full stops finds what its global search finds", () => {
  const stopped = LITERAL_PATTERNS.filter((p) => p.stopWithin !== undefined);
  const plain = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
  const fast = (literal: LiteralPattern, text: string) => matchesOf(literal, text).map((m) => `${m.index}:${m[0]}`);

  it("has such a pattern (the abbreviations)", () => {
    expect(stopped.map((p) => p.kind)).toEqual(["abbreviation"]);
  });

  it.each([
    ["abbreviations side by side", "etc.etc. i.e.e.g. p.ex.Sr.Sra."],
    ["the longest, far from its stop", "aprox. approx.approx. et al. Profa. n.º 5 nº. 3"],
    ["stops inside other words", "a.C. d.C. N.B. P.S. S.A. Ltda.Inc.Corp.Co. vs.cf."],
    ["no stop", "etc i e approx"],
  ])("%s", (_name, text) => {
    for (const literal of stopped) expect(fast(literal, text)).toEqual(plain(literal.pattern, text));
  });

  it("on any text of their letters, stops and spaces", () => {
    const text = fc.array(fc.constantFrom(..."etcipxaroSDrMNBPCLdn.º. ".split("")), { maxLength: 60 }).map((cs) => cs.join(""));
    fc.assert(fc.property(text, (t) => stopped.every((literal) => JSON.stringify(fast(literal, t)) === JSON.stringify(plain(literal.pattern, t)))), { numRuns: 2000 });
  });
});

describe("literal patterns' hints", () => {
  // Fragments that open or nearly open each kind, and prose around them.
  const PIECES = ["(", ")", "()", "(1)", "(a", "ls(", "f (", "_", "$", "`", "%", "{", "::", ":", "-", " - ", " – ", "–", " ", "\t", "\n", "...", "…", ".", "make", "cvs", "svn", "git", "bzr", "file", "filename", "dir", "directory", "pkg", "uri", "string", "os.walk", "x", "Ação", "1", "v", "V2", "é", "[", "@", "\u{1D400}", "Z", "ª"];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((ps) => ps.join(""));

  // A match as literalSpans keeps it: its span trimmed, then accepted.
  const accepted = (p: LiteralPattern, t: string): boolean => matchesOf(p, t).some((m) => {
    const group = m.groups?.["lit"];
    const start = group === undefined ? m.index : m.index + m[0].indexOf(group);
    let end = start + (group ?? m[0]).length;
    if (p.trim) while (end > start && p.trim.test(t[end - 1]!)) end--;
    return end > start && (!p.accept || p.accept(t.slice(start, end), start, t));
  });

  it("hold every text a pattern keeps a match in", () => {
    fc.assert(fc.property(text, (t) => {
      for (const p of LITERAL_PATTERNS) if (accepted(p, t)) expect(p.hint.test(t), `${p.kind} ${JSON.stringify(t)}`).toBe(true);
    }), { numRuns: 3000 });
  });

  it("written by hand, answer as the patterns they stand for", () => {
    const reference: [number, RegExp][] = [
      [LITERAL_PATTERNS.findIndex((p) => p.kind === "code"), /[`$%{_]|::|[A-Za-z0-9_]\(|\([1-9)]/u],
      [LITERAL_PATTERNS.findIndex((p) => p.kind === "command") + 1, /\.\.\.|…|(?:filename|file|keyid|pkg|package|regex|pattern|directory|dir|uri|string)[ \t]*(?:\n|$)/u],
      [LITERAL_PATTERNS.findIndex((p) => p.kind === "command") + 2, /(?:make|cvs|svn|git|bzr)[ \t]/u],
      [LITERAL_PATTERNS.findIndex((p) => p.kind === "menu") + 1, / [-–] /u],
      [LITERAL_PATTERNS.findIndex((p) => p.kind === "host"), /\.[A-Za-z]/u],
      [LITERAL_PATTERNS.findIndex((p) => p.kind === "version"), /\d\.\d|[vV]\d/u],
      [LITERAL_PATTERNS.findIndex((p) => p.kind === "abbreviation"), /\.(?<=\p{L}\.)/u],
    ];
    fc.assert(fc.property(text, (t) => {
      for (const [k, re] of reference) expect(LITERAL_PATTERNS[k]!.hint.test(t), `${k} ${JSON.stringify(t)}`).toBe(re.test(t));
    }), { numRuns: 3000 });
  });
});
