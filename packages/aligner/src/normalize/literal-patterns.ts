/**
 * The kinds of literal material, as data: one pattern each, in priority order (an earlier kind
 * wins overlapping text). Boundaries are written with Unicode lookarounds, never `\b`, which is
 * ASCII-only and sees a word end inside "ação".
 */
export type LiteralKind =
  | "url" | "email" | "markup" | "code" | "path" | "host" | "file" | "version"
  | "option" | "command" | "keys" | "menu" | "abbreviation" | "number";

export interface LiteralPattern {
  kind: LiteralKind;
  /** Global and Unicode. A named group `lit`, when present, is the span; the rest is context. */
  pattern: RegExp;
  /** Characters dropped from the end of a match: a URL does not own the stop after it. */
  trim?: RegExp;
  /** A last say on a match, with the whole text, for what a pattern cannot express. */
  accept?: (match: string, start: number, text: string) => boolean;
  /** What any match must contain: a text without it skips the pattern (most sentences hold no literal). */
  hint: { test(text: string): boolean };
  /**
   * Every match has a full stop at most this many units after its start: the pattern is then tried
   * only at those places before each stop of the text (see literal-spans.ts), not at every offset.
   */
  stopWithin?: number;
}

const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
// A pattern whose matches open on a dash or a capital looks for it first, in a look-ahead: the look-behind
// is then tried only there (the engine finds a digit or a literal word first by itself, but not a Unicode
// class after a look-behind: a look-ahead there makes those patterns slower, these several times faster).
const NOT_AFTER = String.raw`(?![\p{L}\p{N}_])`;

// Top-level domains seen in documentation; a closed list, so a glued stop between two
// Portuguese words ("aumentam.amodei") is never taken for a host name.
const TLDS = "com|org|net|edu|gov|mil|int|io|ai|br|pt|de|fr|es|it|uk|us|eu|nl|be|ch|at|se|no|dk|fi|pl|cz|ru|jp|cn|kr|in|au|ca|mx|ar|info|biz|dev|app|me|tv|cc|ly|co|name|xyz|online|site|local|localhost|lan|example|invalid|test";

// File extensions seen in software documentation. A closed list for the same reason.
const EXTENSIONS = [
  "tar", "gz", "tgz", "bz2", "xz", "zst", "zip", "7z", "rar", "deb", "udeb", "dsc", "changes", "buildinfo", "rpm",
  "patch", "diff", "orig", "rej", "txt", "md", "rst", "html?", "xhtml", "xml", "xsl", "json", "ya?ml", "toml", "ini",
  "cfg", "conf", "config", "log", "c", "h", "cc", "cpp", "cxx", "hpp", "hh", "py", "pyc", "pl", "pm", "rb", "js", "mjs",
  "cjs", "ts", "tsx", "jsx", "sh", "bash", "zsh", "java", "class", "jar", "go", "rs", "php", "lua", "scm", "el", "tex",
  "texi", "texinfo", "info", "po", "pot", "mo", "png", "jpe?g", "gif", "svg", "svgz", "xcf", "psd", "tiff?", "bmp", "ico",
  "webp", "pdf", "ps", "eps", "ly", "ily", "midi?", "sce", "sci", "sod", "mat", "csv", "tsv", "so", "dll", "exe",
  "desktop", "service", "css", "am", "ac", "in", "mk", "cmake", "gpg", "asc", "sig", "pem", "key", "crt", "iso", "img",
  "db", "sqlite", "bak", "tmp", "lock", "mp3", "ogg", "wav", "flac", "mp4", "avi", "mkv", "ttf", "otf", "gbr", "gih",
  "ggr", "pat", "abr", "gpl", "sf2",
  // Office documents and more audio, as help for desktop programs names them ("Relatório - Junho 2003.doc").
  "docx?", "odt", "ods", "odp", "xlsx?", "pptx?", "rtf", "m4a", "opus", "wma",
  // Qt's scripts and Okteta's structure definitions, as KDE help names them ("Exemplo.qml", "complexa.osd").
  "qml", "osd",
].join("|");

// Programs a help text writes as commands; with an option, path or argument shape after them.
const COMMANDS = "sudo|apt-get|apt-cache|apt|aptitude|dpkg|dpkg-[a-z]+|debuild|debsign|dch|dput|dget|dh|dh_[a-z_]+|dquilt|quilt|bzr|git|svn|make|gcc|g\\+\\+|cd|ls|cp|mv|rm|mkdir|chmod|chown|tar|wget|curl|ssh|scp|pbuilder|pbuilder-dist|cowbuilder|sbuild|lintian|gimp|gimp-[0-9.]+|lilypond|convert-ly|lilypond-book|scilab|man|grep|sed|awk|echo|export|pip3?|npm|python3?|perl|bash|sh|su|systemctl|mount|umount|ln|touch|less|more|find|xargs|chroot|debootstrap|gpg|ubuntu-dev-tools|pull-lp-source|pull-debian-source|requestsync|syncpackage|uscan|uupdate|debdiff|interdiff|patch|diff|mk-sbuild|schroot|lp-shell|bzr-builddeb|bzr-buildpackage";

// A time zone's name is a path of the zone database: "Europe/London", "America/Sao_Paulo".
const TIME_ZONE = /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Z][\w+-]*(?:\/[A-Z][\w+-]*)?$/u;

const MENU_WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}.…'’&/-]*`;
/** An item between two separators: a capitalised word and up to three more. */
const MENU_ITEM = String.raw`\p{Lu}${MENU_WORD}(?: ${MENU_WORD}){0,3}`;
/**
 * Between spaced hyphens, an item may also be a longer label in sentence case, a capital and up to six lower-case
 * words: Portuguese labels are longer than the English's title-case ones ("Nota de rodapé e nota de fim" for "Footnote
 * and Endnote", "Grelha e linhas de ajuda" for "Grid and Helplines"). Only lower case after its first word: a run with
 * capitals in it is two names or two paths with prose between ("Mega Fire.mp3 e The Strokes").
 */
const MENU_LOWER_WORD = String.raw`\p{Ll}[\p{Ll}\p{N}.…'’&/-]*`;
const MENU_HYPHEN_ITEM = String.raw`(?:\p{Lu}${MENU_WORD}(?: ${MENU_LOWER_WORD}){4,6}|${MENU_ITEM})`;
/**
 * The kind of control a path ends on, named in lower case before its label in Portuguese ("Formatar - Células -
 * guia Números", "aba Fontes", "separador Geral") and after it in English ("Numbers tab"): still the path.
 */
const MENU_CONTROL = "(?:guia|aba|separador|página|botão)";
/**
 * The last item has no separator to end it, so prose may follow: it goes on only with
 * capitalised words, a short word before one ("Cores de Fundo"), or a final "como…".
 */
const MENU_LAST = String.raw`(?:${MENU_CONTROL} )?\p{Lu}${MENU_WORD}(?: [\p{Lu}\p{N}]${MENU_WORD}| (?:de|da|do|das|dos|e|em|a|o|of|the|and|to|as|for)(?= \p{Lu})){0,3}(?: como(?:…|\.\.\.)?(?![\p{L}\p{N}]))?(?: (?:tab|page|button)(?![\p{L}\p{N}]))?`;
/** The first item has no separator before it: only capitalised words, so "Use o menu" stays prose. */
const MENU_FIRST = String.raw`\p{Lu}${MENU_WORD}(?: [\p{Lu}\p{N}]${MENU_WORD}){0,2}`;
/** A path ends before the stop that ends its sentence; an item's own ellipsis ("Salvar como...") is kept. */
const NO_SENTENCE_STOP = String.raw`(?<!(?<!\.)\.)`;
const MENU_ARROW = String.raw`\s*(?:→|⇒|▸|▶|›|»|->|=>|>)\s*`;

// Words that tell a spaced-hyphen chain is a menu path and not dashes in prose.
const MENU_CONTEXT = /(?<![\p{L}\p{N}])(?:menu|menus|submenu|diálogo|janela|caixa|comando|opção|opções|aba|separador|guia|clique|selecione|seleccione|escolha|escolher|aceda|acesse|vá|ir)(?![\p{L}\p{N}])/iu;
/**
 * The same instruction verbs opening a sentence, capitalised ("Escolha Dados - Classificar.", "Selecione Inserir -
 * Imagem"): a help page's step names the path right after its verb. Capitalised, the verb would read as the path's
 * first item, and the path of two items would have no menu word before it; it is the context, not the path.
 */
const MENU_LEAD = String.raw`(?:Escolha|Selecione|Seleccione|Acesse)`;

const COMMAND_ARGUMENT = /\s-{1,2}[A-Za-z]|\/|[=:]\S|\.[a-z]/u;
const COMMAND_NAME = new RegExp(String.raw`(?:${COMMANDS})[ \t]`, "u");

/**
 * Hints written by hand where a pattern's hint would try its alternatives at every offset: every English text is
 * asked them (literalSpansOfKinds) and they were most of what finding no literal in it cost. Each answers as the
 * pattern of the same alternatives would (literal-spans.test.ts holds them to it).
 */
const CODE_MARK = /[`$%{_]|::/u;
/** "()", a man page's section ("ls(1)") or a name glued to its bracket ("os.walk(", "f("): the code pattern's brackets. */
function codeBracket(text: string): boolean {
  for (let at = text.indexOf("("); at >= 0; at = text.indexOf("(", at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 1);
    if ((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95) return true;
    if ((after >= 49 && after <= 57) || after === 41) return true;
  }
  return false;
}
const PLACEHOLDERS = ["filename", "file", "keyid", "pkg", "package", "regex", "pattern", "directory", "dir", "uri", "string"];
/** `/(?:filename|…|string)[ \t]*(?:\n|$)/u`: a placeholder word ending a line, spaces or tabs after it. */
function placeholderClosesLine(text: string): boolean {
  for (let newline = text.indexOf("\n"); ; newline = text.indexOf("\n", newline + 1)) {
    let end = newline < 0 ? text.length : newline;
    while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
    for (const word of PLACEHOLDERS) if (text.endsWith(word, end)) return true;
    if (newline < 0) return false;
  }
}
/** `/\.[A-Za-z]/u`. */
function dotBeforeAsciiLetter(text: string): boolean {
  for (let at = text.indexOf("."); at >= 0; at = text.indexOf(".", at + 1)) {
    const c = text.charCodeAt(at + 1) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
/** `/\d\.\d|[vV]\d/u`, from each digit: digits are rarer than stops and v's. */
function versionMark(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const before = text.charCodeAt(i - 1);
    if (before === 118 || before === 86) return true;
    if (before === 46 && i >= 2) {
      const digit = text.charCodeAt(i - 2);
      if (digit >= 48 && digit <= 57) return true;
    }
  }
  return false;
}
const STOP_AFTER_LETTER = /\.(?<=\p{L}\.)/u;
const LETTER = /\p{L}/u;
/** `/\.(?<=\p{L}\.)/u`: a stop after a letter, the letter told by its code for ASCII; a surrogate before a stop is left to the pattern. */
function stopAfterLetter(text: string): boolean {
  for (let at = text.indexOf("."); at >= 0; at = text.indexOf(".", at + 1)) {
    if (at === 0) continue;
    const c = text.charCodeAt(at - 1);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) return true;
    } else if (c >= 0xd800 && c <= 0xdfff) return STOP_AFTER_LETTER.test(text);
    else if (LETTER.test(text[at - 1]!)) return true;
  }
  return false;
}
const TOOLS = ["make", "cvs", "svn", "git", "bzr", "apt", "apt-get", "aptitude", "apt-cache", "systemctl"];
/** Words that end a command's arguments in prose: a command takes no article, conjunction or preposition. */
const FUNCTION_WORD = "(?:e|ou|o|a|os|as|de|do|da|dos|das|em|no|na|para|com|que|por|se|and|or|the|to|of|in|on|for|with|if|then)";
/** A package or service manager and its subcommand ("apt-get install", "systemctl restart"): words no translation changes. */
const MANAGER_COMMAND = String.raw`(?:apt|apt-get|aptitude)[ \t]+(?:install|remove|purge|search|show|update|upgrade|dist-upgrade|full-upgrade|autoremove|source|build-dep|download|policy)|apt-cache[ \t]+(?:policy|search|show|showpkg|depends|rdepends|madison)|systemctl[ \t]+(?:start|stop|restart|reload|status|enable|disable|mask|unmask|is-active|is-enabled|daemon-reload)`;
const MANAGER_COMMAND_HEAD = new RegExp(String.raw`^(?:${MANAGER_COMMAND})(?![\p{L}\p{N}_-])`, "u");
/** The manager and subcommand a command span opens with ("apt-get install" of "apt-get install aptitude"), if any. */
export const managerCommandHead = (command: string): string | undefined => MANAGER_COMMAND_HEAD.exec(command)?.[0];
/** A package's or a unit's name after its manager's subcommand ("apt-get install aptitude", "systemctl restart ssh"). */
const PACKAGE_NAME = String.raw`(?!${FUNCTION_WORD}(?![\p{L}\p{N}_-]))[a-z0-9][a-z0-9.+_@-]*[a-z0-9+]`;
/** `/tool[ \t]/u`. */
function followedBySpace(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const next = text[at + word.length];
    if (next === " " || next === "\t") return true;
  }
  return false;
}

/** Letters an abbreviation below may start with: tried before the look-behind, which is dearer at every position. */
const ABBREVIATION_FIRST = "(?=[iIeEpadNPLCSvcDMnfo])";

export const LITERAL_PATTERNS: readonly LiteralPattern[] = [
  {
    kind: "url",
    hint: /:\/\/|mailto:|www\./u,
    pattern: new RegExp(String.raw`(?:(?:https?|ftp|file|git|svn|bzr|sftp|ssh|lp):\/\/|mailto:|(?<![\p{L}\p{N}@./])www\.)[^\s<>"“”«»{}|\\^]*`, "gu"),
    trim: /[.,;:!?'’”»)\]}]/u,
  },
  {
    kind: "email",
    hint: /@/u,
    pattern: new RegExp(String.raw`${NOT_BEFORE}[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, "gu"),
    trim: /[.]/u,
  },
  {
    kind: "markup",
    hint: /[[<&]/u,
    pattern: /\[[^\]\n]{0,200}\]\([^)\s]*\)|<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>\n]{0,200})?\/?>|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});/gu,
  },
  {
    kind: "code",
    // A bracket of prose ("(veja abaixo)") is no call: only "()", a man page's section or a name glued to its bracket is.
    hint: { test: (text) => CODE_MARK.test(text) || codeBracket(text) },
    // Backtick code, variables and placeholders, identifiers with underscores, calls, man-page references.
    pattern: new RegExp(
      [
        "`[^`\\n]{1,200}`",
        String.raw`\$\{[^}\s]{1,60}\}`,
        String.raw`\$[A-Za-z_][A-Za-z0-9_]*`,
        String.raw`%(?:\d\$)?[-+ #0]*\d*(?:\.\d+)?[sdifxXeEgGcpu]${NOT_AFTER}`,
        String.raw`\{\d{1,2}\}`,
        `${NOT_BEFORE}[A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]${NOT_AFTER}`,
        `${NOT_BEFORE}__[A-Za-z0-9_]+__`,
        String.raw`${NOT_BEFORE}[A-Za-z_][\w.:-]*\(\)`,
        String.raw`${NOT_BEFORE}[a-z][\w.+-]*\([1-9][a-z]{0,3}\)`,
        String.raw`${NOT_BEFORE}[A-Za-z][A-Za-z0-9]*(?:::[A-Za-z_][\w-]*)+(?:::)?`,
        // A member called with its arguments ("os.walk(pasta)", "app.firstFile(…)"): a dotted name glued to "(".
        String.raw`${NOT_BEFORE}[A-Za-z_][A-Za-z0-9_]*(?:\.[a-z_][A-Za-z0-9_]*)+(?=\()`,
      ].join("|"),
      "gu",
    ),
  },
  {
    kind: "path",
    hint: /[/\\]/u,
    // Absolute, home and dot-relative paths, and Windows paths. An absolute path's folders may be translated
    // ("/localização/do/Exemplo.qml", Kid3's pt-PT handbook): Latin letters with accents too, not ASCII's \w only
    // (ranges, not \p{L}: this pattern runs on every text with a slash, and a property class cost it several per cent).
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}/.~])(?:~|\.{1,2})?\/(?:[\w\u00C0-\u024F.+@%=:-]+\/)*[\w\u00C0-\u024F.+@%=-]*[\w\u00C0-\u024F+@%=-]\/?|${NOT_BEFORE}[A-Z]:\\[^\s"<>|]+|(?<![\p{L}\p{N}/.])[\w.+-]+(?:\/[\w.+-]+)+\/?`,
      "gu",
    ),
    trim: /[.,;:!?)]/u,
    // "e/ou", "km/h", "TCP/IP": two words around one slash are prose unless one holds a dot or digit-free code shape.
    accept: (m) => /^[~.]?\//.test(m) || TIME_ZONE.test(m) || /^[A-Z]:\\/.test(m) || (m.match(/\//g)?.length ?? 0) >= 2 || /\.[a-z0-9]{1,8}\/?$/i.test(m) || /^(?:debian|src|lib|usr|etc|var|doc|docs|bin|share|include|tests?|scripts?|build|po|data|images|plug-ins|patches)\//.test(m),
  },
  {
    kind: "host",
    hint: { test: dotBeforeAsciiLetter },
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}@.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:${TLDS})(?![\p{L}\p{N}-])(?:\/[^\s<>"“”«»]*)?`, "gu"),
    trim: /[.,;:!?'’”»)\]]/u,
  },
  {
    kind: "file",
    hint: /\.[\p{L}\p{N}]|\*\./u,
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}_./-])\.?[\p{L}\p{N}_+~-]+(?:\.[\p{L}\p{N}_+~-]+)*\.(?:${EXTENSIONS})(?:\.[0-9]+)?${NOT_AFTER}|(?<![\p{L}\p{N}_./-])\.[a-z][a-z0-9_-]*rc${NOT_AFTER}|(?<![\p{L}\p{N}_./-])\*\.[A-Za-z0-9]{1,8}${NOT_AFTER}`, "giu"),
  },
  {
    kind: "version",
    hint: { test: versionMark },
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:[vV]\d+(?:\.\d+)*|\d+(?:\.\d+){2,}|\d+\.\d+(?=[-~+]\w))(?:[-~+][\p{L}\p{N}~+]+(?:[.~+-][\p{L}\p{N}]+)*)?${NOT_AFTER}`, "gu"),
  },
  {
    kind: "option",
    hint: /-[A-Za-z0-9]/u,
    // "--prefix=/usr", "-j4", "-v": a dash glued to a letter after a space, never a hyphen inside a word;
    // and find's and Scilab's long options with one dash ("-fprintf", "-maxdepth"), after a space or a line start.
    pattern: /(?=-)(?<![\p{L}\p{N}_-])(?:--[A-Za-z][\w-]*(?:=[^\s,;)]+)?|-[A-Za-z0-9]{1,3}(?![\p{L}\p{N}_-])|(?<=^|[ \t(\[])-[a-z][a-z0-9]{3,}(?![\p{L}\p{N}_-]))/gmu,
    // "-lo", "-se", "-me": Portuguese enclitics written apart are prose, not options.
    accept: (m) => !/^-(?:l[oa]s?|n[oa]s?|se|me|te|lhe|lhes|nos|vos|o|a|os|as)$/i.test(m),
  },
  {
    kind: "command",
    // A command name followed by a space is in most Portuguese prose ("estar ", "mais "): the hint also asks for
    // what accept needs in the match (an option, a slash, "=" or ":" before a character, a file extension), so
    // prose without any skips the long alternation.
    // Two tests, not one pattern with a lookahead: the lookahead scanned every text twice.
    hint: { test: (text) => COMMAND_ARGUMENT.test(text) && COMMAND_NAME.test(text) },
    // The arguments stop at a function word of either language: "chmod 600 /etc/shadow e reinicie" ends before "e".
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}_-])(?:${COMMANDS})(?:[ \t]+(?!${FUNCTION_WORD}(?![\p{L}\p{N}_-]))[-\w./:=~@+*%,'"]+){1,10}`, "gu"),
    trim: /[.,;:!?'"]/u,
    // Only with an argument a reader copies: an option, a path, a file or an assignment.
    accept: (m) => /\s(?:-{1,2}[A-Za-z]|[~.]?\/|\S*[=:]\S|\S+\.[a-z]{1,5}(?:\s|$))/.test(m),
  },
  {
    kind: "command",
    // A man page's synopsis item, a line to itself: a subcommand and its placeholders, the last one repeated
    // ("show pkg...", "search regex...", "depends pkg [pkg...]"). Lower case throughout and no stop: prose
    // that trails off ("e assim por diante...") has more words or a capital, and a list of items ends otherwise.
    // So is a subcommand whose argument is a placeholder a reader replaces ("add filename", "del keyid"), without a function word.
    hint: { test: (text) => text.includes("...") || text.includes("…") || placeholderClosesLine(text) },
    pattern: new RegExp(String.raw`(?<=(?:^|\n)[ \t]*)(?:\|[ \t]*)?[a-z][a-z0-9-]*(?:[ \t]+(?:(?!(?:the|a|an|of|to|for|in|on|with|and|or|from|into)(?![a-z]))[a-z][a-z0-9_-]*|\[[a-z][^\]\n]{0,30}\]|<[a-z][^>\n]{0,30}>))?[ \t]+(?:\[?[a-z<][a-z0-9_>-]*(?:\.\.\.|…)\]?|(?:filename|file|keyid|pkg|package|regex|pattern|directory|dir|uri|string)(?![\p{L}\p{N}]))(?=[ \t]*(?:\n|$))`, "gu"),
  },
  {
    kind: "command",
    // A version-control or build tool and its subcommand or target, with no argument to tell it: "cvs watch on",
    // "make dist", "svn commit". Closed lists, so "make all the difference" or "make sure" stay words.
    hint: { test: (text) => TOOLS.some((tool) => followedBySpace(text, tool)) },
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}_./-])(?:make[ \t]+(?:clean|distclean|dist|install|uninstall|check|dist-[a-z0-9]+)|(?:${MANAGER_COMMAND})(?:[ \t]+${PACKAGE_NAME})?|(?:cvs|svn|git|bzr)[ \t]+(?:watch(?:[ \t]+(?:add|remove|on|off))?|commit|checkout|co|update|up|add|remove|rm|log|diff|status|tag|rtag|import|export|annotate|blame|edit|unedit|editors|watchers|history|release|init|clone|pull|push|merge|rebase|fetch|branch|switch|revert|resolve|resolved|cleanup|relocate|lock|unlock|propset|propget|proplist|copy|move|mkdir|cat|ls|list|info))${NOT_AFTER}`, "gu"),
  },
  {
    kind: "keys",
    hint: /\+/u,
    pattern: new RegExp(String.raw`${NOT_BEFORE}(?:Ctrl|Control|Shift|Alt|AltGr|Cmd|Command|Super|Meta|Esc|Tab)(?:\s?\+\s?(?:Ctrl|Control|Shift|Alt|AltGr|Cmd|Super|Meta|[\p{L}\p{N}]{1,6}|F\d{1,2}))+${NOT_AFTER}`, "gu"),
  },
  {
    // A key of two words named alone, as the keyboard labels it ("Page Up" in a table of shortcuts): a key, not words.
    kind: "keys",
    hint: /Page|Lock|Print/u,
    pattern: new RegExp(String.raw`${NOT_BEFORE}(?:Page (?:Up|Down)|Caps Lock|Num Lock|Scroll Lock|Print Screen)${NOT_AFTER}`, "gu"),
  },
  {
    kind: "menu",
    hint: /→|⇒|▸|▶|›|»|->|=>|>/u,
    pattern: new RegExp(`(?=\\p{Lu})(?<![\\p{L}\\p{N}])${MENU_FIRST}(?:${MENU_ARROW}${MENU_ITEM})*${MENU_ARROW}${MENU_LAST}`, "gu"),
    accept: (m) => /→|⇒|▸|▶|›|»|->|=>/.test(m) || / > .+ > /.test(m),
  },
  {
    // "Arquivo - Salvar como": spaced hyphens between capitalised items are a menu path in much
    // software help; believed when there are two of them, or a menu word stands just before.
    kind: "menu",
    hint: { test: (text) => text.includes(" - ") || text.includes(" – ") },
    pattern: new RegExp(`(?=\\p{Lu})(?<![\\p{L}\\p{N}])(?:${MENU_LEAD} )?(?<lit>${MENU_FIRST}(?: [-–] ${MENU_HYPHEN_ITEM})* [-–] ${MENU_LAST})${NO_SENTENCE_STOP}`, "gu"),
    accept: (m, start, text) => (m.match(/ [-–] /g)?.length ?? 0) >= 2 || MENU_CONTEXT.test(text.slice(Math.max(0, start - 40), start)),
  },
  {
    kind: "abbreviation",
    // A stop after a letter, found from the stop: a pattern opening on a letter class is tried at every letter.
    hint: { test: stopAfterLetter },
    // "approx." has its stop furthest from its start.
    stopWithin: 6,
    pattern: new RegExp(String.raw`${ABBREVIATION_FIRST}${NOT_BEFORE}(?:[iI]\.\s?[eE]\.|[eE]\.\s?[gG]\.|p\.\s?ex\.|a\.\s?C\.|d\.\s?C\.|N\.\s?B\.|P\.\s?S\.|et al\.|Ltd\.|Ltda\.|Inc\.|Corp\.|Co\.|S\.\s?A\.|vs\.|cf\.|etc\.|approx\.|aprox\.|Sr\.|Sra\.|Dr\.|Dra\.|Prof\.|Profa\.|Mr\.|Mrs\.|Ms\.|No\.|n\.º|nº\.|pág\.|págs\.|p\.|pp\.|cap\.|fig\.|vol\.|ed\.|ex\.|obs\.)`, "gu"),
  },
  {
    kind: "number",
    hint: /\d/u,
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}.,])\d+(?:[.,:]\d+)*(?:%|º|ª)?${NOT_AFTER}`, "gu"),
  },
];

