import furniture from "./furniture.json" with { type: "json" };
import type { Speller } from "../../types.ts";

const LINES = new Set(furniture.lines);
const HEADERS = new Set(furniture.relatedHeaders);

// The first letters (lower case) a furniture line or disclaimer can start with.
const FIRST = new Set([...furniture.lines, ...furniture.prefixes].map((l) => l.charAt(0)));
const HEADER_FIRST = new Set(furniture.relatedHeaders.map((l) => l.charAt(0)));
const firstLetter = (text: string): string => text.trimStart().charAt(0).toLowerCase().charAt(0);

/** A line's words as compared with the lists: lower case, without trailing punctuation. */
// (As `text.trim().toLowerCase().replace(/[\s:.…!]+$/u, "").replace(/\s+/gu, " ")`, without a new string where
// nothing changes: every line of every pair is keyed, and most end without punctuation and have single spaces.)
const key = (text: string): string => {
  let k = text.trim().toLowerCase();
  let end = k.length;
  while (end > 0 && TRAILING.test(k[end - 1]!)) end--;
  if (end < k.length) k = k.slice(0, end);
  return UNEVEN_SPACE.test(k) ? k.replace(/\s+/gu, " ") : k;
};
const TRAILING = /[\s:.…!]/u;
/** White space other than single spaces: what collapsing the spaces would change. */
const UNEVEN_SPACE = /[^\S ]|\s{2}/u;
// A period the site's ranking covers ("Mais lidas da semana", "Populares do mês") leaves the label what it was.
const PERIOD = / (?:d[ao]s?|dest[ae]|nest[ae]|de) (?:semana|mês|dia|ano|hoje|momento)$/u;
const PERIOD_WORDS = new Set(["semana", "mês", "dia", "ano", "hoje", "momento"]);
const hasPeriod = (k: string): boolean => PERIOD_WORDS.has(k.slice(k.lastIndexOf(" ") + 1)) && PERIOD.test(k);
const listed = (k: string): boolean => LINES.has(k) || (hasPeriod(k) && LINES.has(k.replace(PERIOD, "")));
// Menu items in one line, between bars or dots ("Anterior | Próximo", "Início · Contato").
const ITEM_SEPARATOR = /\s+[|·•]\s+/u;
const MAY_SEPARATE = /[|·•]/u;
/** A related heading with the headline after it on the same line ("Leia também: Como instalar o sistema"). */
const HEADED_HEADLINE = /^([^:—–]{3,40})\s*[:—–]\s*(\S.{8,150})$/u;
const MAX_HEADLINE_WORDS = 25;

/**
 * Furniture by its shape rather than its words: a breadcrumb trail ("Início » Documentação »
 * Ajuda"), a skip link, share buttons naming social networks, a cookie or newsletter notice.
 * Written from what web pages put around an article, for lines no list can enumerate.
 */
const SHAPES_AT_START = [
  // A trail's last item is a page's title, which ends on no stop: a line that does is a sentence, a help page's step
  // naming a menu path ("2. Escolha Efeito > Remoção de ruído > Redução de ruído.").
  /^(?:[^»›>\n]{1,30}\s[»›>]\s){2,}[^»›>\n]{0,29}[^»›>\n.!?]$/u,
  /^(?:ir|saltar|pular|avançar) para (?:o )?(?:conteúdo|menu|navegação)/iu,
];
/** Shapes found anywhere in the line, each by a word of MAY_HAVE_WORD_SHAPE. */
const WORD_SHAPES = [
  /(?:partilh|compartilh|share|curtir|gost|tweet|enviar por)\S*.{0,40}(?:facebook|twitter|whatsapp|linkedin|telegram|pinterest|reddit|e-?mail)|(?:facebook|twitter|whatsapp|linkedin|telegram)\s+(?:facebook|twitter|whatsapp|linkedin|telegram)|^(?:curtir|gostar|partilhar|compartilhar)(?:\s+(?:curtir|gostar|partilhar|compartilhar|comentar|guardar|salvar))+$/iu,
  /(?<!\p{L})cookies?(?!\p{L}).{0,80}(?:aceit|concord|experiência|navega|política)|(?:aceit|concord|política).{0,80}(?<!\p{L})cookies?(?!\p{L})/iu,
  /(?:inscreva-se|subscreva|assine|receba).{0,40}(?:newsletter|boletim|novidades)|newsletter.{0,30}(?:inscrev|subscrev|assin)/iu,
];
const MAX_SHAPE_LENGTH = 160;
/**
 * What a line of a word shape must hold (a network, "cookie", a newsletter's words, or a like button's
 * verb first): one pass over the line spares the three shapes' scans on nearly every line.
 */
const MAY_HAVE_WORD_SHAPE = /facebook|twitter|whatsapp|linkedin|telegram|pinterest|reddit|e-?mail|^(?:curtir|gostar|partilhar|compartilhar)|cookie|newsletter|boletim|novidades/iu;

/**
 * A heading in capitals ("VEJA TAMBÉM", "DIREITOS AUTORAIS") is a manual's own section: man pages
 * and reference books write their section headings so, web pages their furniture in sentence case.
 */
const sectionHeading = (t: string): boolean => !/\p{Ll}/u.test(t) && /\p{Lu}{2}/u.test(t);
/**
 * A copyright line naming its licence or its holder's foundation is the manual's own legal
 * notice (a man page's COPYRIGHT section, a debian/copyright field), not a site's footer.
 */
const LEGAL_NOTICE = /^copyright:|licen[cçs]|\bgpl|foundation|free software|software livre/iu;

/** A line naming a licence or its holder's foundation: a manual's legal notice. */
export const isLegalNotice = (text: string): boolean => LEGAL_NOTICE.test(text.trim());

/** The whole segment is a piece of page furniture ("Populares", "Leia também", "Aviso legal: …"). */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  return looksLikeFurniture(t) && !sectionHeading(t) && !LEGAL_NOTICE.test(t);
}

function looksLikeFurniture(t: string): boolean {
  if (t.length <= MAX_SHAPE_LENGTH && (SHAPES_AT_START.some((shape) => shape.test(t)) || (MAY_HAVE_WORD_SHAPE.test(t) && WORD_SHAPES.some((shape) => shape.test(t))))) return true;
  if (t.length <= MAX_SHAPE_LENGTH && MAY_SEPARATE.test(t) && ITEM_SEPARATOR.test(t)) {
    const items = t.split(ITEM_SEPARATOR);
    if (items.length >= 2 && items.every((item) => listed(key(item)))) return true;
  }
  // Every line of every pair is asked: the first letter rules out nearly all of them before the key is built.
  if (!FIRST.has(firstLetter(t))) return false;
  const k = key(t);
  if (listed(k) || furniture.prefixes.some((p) => k.startsWith(p) && /^[\s:—–-]/u.test(k.slice(p.length) || " "))) return true;
  return relatedHeadline(t);
}

/**
 * Names of pages or programs, one word each, in a list ("HowTo, HowTo/Permissions, CategoryHowTo", a wiki page's links
 * written as the pages' names): references, as "apt-get(8)" is, not a headline, which is a phrase of words.
 */
const referenceList = (text: string): boolean => {
  const items = text.split(/\s*,\s*/u);
  return items.length >= 2 && items.every((item) => /^\S+$/u.test(item));
};

/**
 * A related heading and one headline on the same line; the headline is prose, not a list of
 * references ("Veja também: apt-get(8)", "Veja também: HowTo, HowTo/Permissions") or the text's own sentence.
 */
function relatedHeadline(t: string): boolean {
  if (t.length > 200 || !/[:—–]/u.test(t.slice(0, 42))) return false;
  const m = HEADED_HEADLINE.exec(t);
  if (!m || !HEADERS.has(key(m[1]!))) return false;
  const headline = m[2]!;
  return headline.split(/\s+/u).length <= MAX_HEADLINE_WORDS && !/\(\d\w*\)|[.;]$/u.test(headline) && /^\P{Ll}/u.test(headline) && !referenceList(headline);
}

/** A furniture line that is a whole heading or label ("Veja também", "Populares"), not a disclaimer sentence. */
export const isFurnitureHeading = (text: string): boolean => FIRST.has(firstLetter(text)) && !sectionHeading(text.trim()) && listed(key(text));

/** The heading of a block of links to other articles. */
export const isRelatedHeader = (text: string): boolean => {
  if (!HEADER_FIRST.has(firstLetter(text)) || sectionHeading(text.trim())) return false;
  const k = key(text);
  return HEADERS.has(k) || (hasPeriod(k) && HEADERS.has(k.replace(PERIOD, "")));
};

/**
 * A heading of cross-references ("Veja também", the English's "See also"): what a manual or a help puts above the
 * titles of its other pages, as a web page puts it above other articles. The site's invitations ("Leia também",
 * "Talvez também goste", "Populares") head nothing else, and stay furniture whatever follows them.
 */
const REFERENCE_HEADERS = new Set(furniture.referenceHeaders);
export const isReferenceHeader = (text: string): boolean => REFERENCE_HEADERS.has(key(text));

/** A list item's mark before a title ("• Adicionar um segundo painel"). */
const LIST_MARK = /^[•▪◦*–-]\s+/u;
/** The capitalised first word of a line, before a space, a hyphen of an enclitic ("Conectar-se") or its end. */
const OPENING_WORD = /^(\p{Lu}\p{Ll}{2,})(?=[\s-]|$)/u;

/**
 * A title of task-oriented help: it opens with a verb in the infinitive ("Conectar a uma rede sem fio", "Alterar sua
 * senha", "Ligar ou desligar o Bluetooth"), as a desktop's or an application's help names its pages after the task.
 * A news headline states a fact, its verb finite after a subject ("Solana Foundation faz parceria com…"). The infinitive
 * is told by its form, not by a list: a word in -ar, -er or -ir whose gerund (-ando, -endo, -indo) the speller knows.
 * Nouns in -ar that are verbs too ("Lugar", "Popular") pass the test, so it is asked of a list's items together.
 */
export function namesATask(line: string, pt: Speller | undefined): boolean {
  const m = OPENING_WORD.exec(line.trim().replace(LIST_MARK, ""));
  if (!m || !pt) return false;
  const word = m[1]!.toLowerCase();
  return /[aei]r$/u.test(word) && pt.correct(`${word.slice(0, -1)}ndo`);
}

/**
 * Whether the titles under a cross-reference heading are a help's own pages: at least half of them name tasks. A help's
 * "See also" mixes task titles with a question or a topic ("Por que minha unidade não aparece?", "Notificações e a
 * bandeja de mensagens"); a site's list of articles opens with an infinitive only by chance.
 */
export const helpCrossReferences = (titles: readonly string[], pt: Speller | undefined): boolean =>
  titles.length > 0 && titles.filter((t) => namesATask(t, pt)).length * 2 >= titles.length;
