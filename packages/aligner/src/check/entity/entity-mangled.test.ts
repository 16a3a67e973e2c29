import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { entityMangled } from "./entity-mangled.ts";

describe("entity-mangled", () => {
  it.each([
    ["split", "O deep seek R1 Pro é notável.", "DeepSeek R1 Pro is remarkable.", ["deep seek R1 Pro→DeepSeek R1 Pro"]],
    ["split, lower case", "o modelo alpha fold venceu", "the AlphaFold model won", ["alpha fold→AlphaFold"]],
    ["misheard", "noé smith: neste podcast", "Noah Smith: on this podcast", ["noé smith→Noah Smith"]],
    ["letter for digit", "com relação ao GPT-4.0 e à bajulação?", "regarding GPT-4o and sycophancy?", ["GPT-4.0→GPT-4o"]],
  ])("hit: %s", (_name, pt, en, expected) => {
    expect(runCheck(entityMangled, { pt, en })).toEqual(expected);
  });

  it.each([
    ["exact names", "Sam Altman e Ben Horowitz falaram da OpenAI.", "Sam Altman and Ben Horowitz talked about OpenAI."],
    ["no English", "o deep seek R1 é bom", undefined],
    ["translated acronym", "A IA mudou tudo.", "AI changed everything."],
    ["a plural of the name", "Os Transformers da Google mudaram tudo.", "Google's Transformers changed everything."],
  ])("clean: %s", (_name, pt, en) => {
    expect(runCheck(entityMangled, en === undefined ? { pt } : { pt, en })).toEqual([]);
  });

  it.each([
    // The Portuguese name of the biblical Noah is a translation, not a mangled "Noah".
    ["Noé alone", "Noé construiu a arca.", "Noah built the ark."],
    // A correct name followed by "e" is one edit from the name: the exact form must win.
    ["name then e", "Sam Altman e Ben disseram", "Sam Altman and Ben said"],
    // Accent folding must not turn "aí" into "AI".
    ["aí is not AI", "é aí que a IA entra", "that's where AI comes in"],
    // Only a case change is the casing check's finding, not a mangled name.
    ["case only", "a openai anunciou", "OpenAI announced"],
  ])("near miss: %s", (_name, pt, en) => {
    // The Portuguese dictionary says "português" is a word, so it is a translation of the name.
    const speller = { correct: (w: string) => ["português", "confúcio"].includes(w) };
    expect(runCheck(entityMangled, { pt, en }, { spellers: { pt: speller } })).toEqual([]);
  });
});

describe("entity-mangled with a Portuguese dictionary", () => {
  const pt = { correct: (w: string) => ["chineses", "modelo", "maratona"].includes(w) };
  it.each([
    // English capitalises nationalities; Portuguese writes them as ordinary words.
    ["nationality", "os modelos chineses", "the Chinese models"],
    ["decade", "nos anos 2000", "in the 2000s"],
  ])("near miss: %s", (_name, text, en) => {
    expect(runCheck(entityMangled, { pt: text, en }, { spellers: { pt } })).toEqual([]);
  });

  // Found by the held-out injector: the right name inside a longer word is not the right name.
  it("hit: letters added to a name", () => {
    const pair = { pt: "Se a enfermeira de Vitóriah da Conquista diz", en: "If the nurse in Vitória da Conquista says" };
    expect(runCheck(entityMangled, pair, { spellers: { pt } })).toEqual(["Vitóriah→Vitória"]);
  });
});

describe("entity-mangled, translations and edges", () => {
  it.each([
    // Two edits on one word make a translated name, not a mangled one.
    ["translated name", "Temos essa ótima frase de Confúcio.", "We have this great line from Confucius."],
    // "portugues" + "e" spells "portuguese": a window must not swallow a conjunction.
    ["swallowed conjunction", "escritos em português e para ampliar", "written in Portuguese and to expand"],
  ])("near miss: %s", (_name, pt, en) => {
    // The Portuguese dictionary says "português" is a word, so it is a translation of the name.
    const speller = { correct: (w: string) => ["português", "confúcio"].includes(w) };
    expect(runCheck(entityMangled, { pt, en }, { spellers: { pt: speller } })).toEqual([]);
  });
});

describe("entity-mangled without a dictionary", () => {
  it.each([
    ["month", "São Paulo, 14 de março de 2025", "São Paulo, 14 March 2025"],
    ["country", "No Brasil, o volume ainda é pequeno", "In Brazil, the volume is still small"],
    ["language", "perguntas clínicas em português", "clinical questions in Portuguese"],
  ])("near miss: %s", (_name, pt, en) => expect(runCheck(entityMangled, { pt, en })).toEqual([]));

  it("still finds split and coined names", () => {
    expect(runCheck(entityMangled, { pt: "o deep seek e o GPT-4.0", en: "DeepSeek and GPT-4o" })).toEqual(["deep seek→DeepSeek", "GPT-4.0→GPT-4o"]);
  });
});

describe("entity-mangled, words run together", () => {
  const en = { correct: (w: string) => ["save", "protocol", "plug", "ins"].includes(w.toLowerCase()) };
  it("hit: two English words run together with their capitals", () => {
    expect(runCheck(entityMangled, { pt: "o recurso SaveProtocol do sistema", en: "the Save Protocol feature of the system" }, { spellers: { en } })).toEqual(["SaveProtocol→Save Protocol"]);
  });
});


describe("entity-mangled, development corpus (issue 12)", () => {
  const pt = { correct: (w: string) => ["um", "ficheiro", "e", "o", "seu", "associado", "de", "linha", "plug", "ins"].includes(w.toLowerCase()) };
  const en = { correct: (w: string) => ["release", "line", "integral", "convolution", "plug", "ins", "plugins"].includes(w.toLowerCase()) };
  it.each([
    // The name is there once, whole ("Release.gpg"), and once split where no word ends.
    ["a name split mid-word beside its kept form", "um ficheiro Rele ase e o seu ficheiro associado Release.gpg", "a Release file and its associated Release.gpg file", ["Rele ase→Release"]],
    ["one word of a name split", "Convolução de Linha (Line Inte gral Convolution)", "Line Integral Convolution", ["Line Inte gral Convolution→Line Integral Convolution"]],
  ])("hit: %s", (_n, ptText, enText, expected) => expect(runCheck(entityMangled, { pt: ptText, en: enText }, { spellers: { pt, en } })).toEqual(expected));
  it("near miss: ordinary words spelt apart as Portuguese spells them", () =>
    expect(runCheck(entityMangled, { pt: "os plug-ins do GIMP", en: "the GIMP Plugins" }, { spellers: { pt, en } })).toEqual([]));
});

describe("entity-mangled, false alarms of the development corpus (issue 12)", () => {
  it.each([
    ["the English's own word beside a longer name", "exceto 09 (HT do US-ASCII, ou tabulação)", "except 09 hexadecimal (US-ASCII HT or tab)"],
    ["a command the English has beside the name", "apt-cdrom - Utilitário de gestão de CD-ROM do APT", "apt-cdrom - APT CD-ROM management utility"],
    ["a proper name where the English has an identifier", "// Funções I de Bessel", "// besselI functions"],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityMangled, { pt, en })).toEqual([]));
});

// Development corpus, tune half (issue 12, session 4): false alarms found there, each a named near miss.
describe("entity-mangled, development corpus (issue 12, session 4)", () => {
  // Hunspell knows Portuguese place names capitalised, as written: "Berlim", "Nápoles".
  const pt = { correct: (w: string) => ["Berlim", "Nápoles", "em", "executa", "de"].includes(w) };
  const en = { correct: (w: string) => ["in", "execute"].includes(w.toLowerCase()) };
  const check = (text: string, english: string) => runCheck(entityMangled, { pt: text, en: english }, { spellers: { pt, en } });
  it.each([
    ["an exonym (the Portuguese name of a city)", "pela Orquestra Filarmônica de Berlim e em Nápoles", "by the Berlin Philharmonic Orchestra and in Naples"],
    ["a heading in capitals with a word translated", "APT EM DSELECT", "APT IN DSELECT"],
    ["a man page's label with its verb translated", "MTLOAD Executa o comando load SCSI.", "MTLOAD Execute the SCSI load command."],
    ["a Portuguese particle added between a name's words", "extensões Win-32 de FAT (VFAT) e NTFS", "Win-32 FAT extensions (VFAT) and NTFS"],
    ["a word inside a URL", "Licença Pública Geral (GPL). https://www.gnu.org/licenses/gpl-3.0.html .", "GNU General Public License (GPL). https://www.gnu.org/licenses/gpl-3.0.html"],
    ["another number of the same name (another standard)", "mas ele não cobre a ISO C 99, que aprimora", "The fourth edition covers the ISO C90 standard"],
    ["a time zone's name", "por exemplo Europe/London ou UTC.", "for instance Europa/London or UTC."],
  ])("near miss: %s", (_n, text, english) => expect(check(text, english)).toEqual([]));
  it.each([
    ["a name respelled stays flagged beside a kept word", "o modelo DepeSeek R1 venceu", "the DeepSeek R1 model won", ["DepeSeek R1→DeepSeek R1"]],
    ["a mangled name with a digit changed into a letter", "com relação ao GPT-4.0 e à bajulação?", "regarding GPT-4o and sycophancy?", ["GPT-4.0→GPT-4o"]],
  ])("hit: %s", (_n, text, english, expected) => expect(check(text, english)).toEqual(expected));
});

// Development corpus, tune half (session 6, Scilab GlobalProperty): a code comment's words follow the example, not the prose.
describe("entity-mangled, code comments", () => {
  it("near miss: a name written apart in a comment line", () =>
    expect(runCheck(entityMangled, { pt: "// a combinação de LineSpec com GlobalProperty mostra a predominância de Global Property", en: "// combinations of LineSpec and GlobalProperty shows the GlobalProperty predominance" })).toEqual([]));
  it("hit: the same name split in prose still is", () =>
    expect(runCheck(entityMangled, { pt: "A combinação mostra a predominância de Global Property.", en: "The combination shows the GlobalProperty predominance." })).toEqual(["Global Property→GlobalProperty"]));
});

// Session 15 (issue 12: apt, khelpcenter, ktorrent; debian-history, kleopatra pt and pt-BR; kdesdk-scripts pt and pt-BR).
describe("entity-mangled, another accepted spelling or no name (session 15)", () => {
  it.each([
    ["a name's hyphen dropped", "Ver Também DBus, KDE.", "See Also D-Bus, KDE."],
    ["a name's hyphen added", "Controle com a interface de D-Bus", "Control via DBus interface"],
    ["a figure with its unit in the plural", "UEFI para os novos PCs de 64 bits, sem Secure Boot.", "UEFI for new 64-bit PCs, without Secure Boot."],
    ["a word of an identifier joined by an underscore", "create_makefile - Cria o Makefile.in", "create_makefile - Creates Makefile.in"],
    ["an option the English has whole", "na linha de comandos com a instrução -i --import-certificate ou no Kleopatra com o Ficheiro → Importar os Certificados...", "on the command line with kleopatra --import-certificate filename or from within Kleopatra with File → Import Certificates..."],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityMangled, { pt, en })).toEqual([]));
  it.each([
    ["words joined without a hyphen", "converte documentos GuideXML de/para PO", "convert Guide XML documents from/to PO", ["GuideXML→Guide XML"]],
    ["a word of an identifier the English has otherwise", "os tipos genéricos MT_ISSCSI (Fita SCSI-1)", "the generic types MT_ISSCSI1 (Generic SCSI-1 tape)", ["ISSCSI→ISSCSI1"]],
    ["a hyphen moved", "o chamado Automatos Celulares [WKP-DCA].", "the so-called Cellular Automata [WKPD-CA].", ["WKP-DCA→WKPD-CA"]],
    ["a letter lost from a hyphenated name", "no directório obj-386-linux do KDE", "in the KDE obj-i386-linux directory", ["obj-386-linux→obj-i386-linux"]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(entityMangled, { pt, en })).toEqual(expected));
});
