import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";
import type { CheckInput, Flag } from "../../types.ts";

// Bold or italics markers around text ("**Uau.**", "*nota*"), not a bullet ("* item") nor a multiplication.
const EMPHASIS = /(\*\*|__)(?=\S)([^*\n]+?)(?<=\S)\1|(?<![\p{L}\p{N}*])\*(?=[\p{L}"“])([^*\n]+?)(?<=[\p{L}.!?"”])\*(?![\p{L}\p{N}*])/gu;

/**
 * Asterisks and underscores that are the text's own: a C macro or dunder name ("__TIME__",
 * "-D__DEB_CANARY_flag__"), a glob ("*foo*", "*g*.h"), a formula ("*asec(x)=csgn(%i*").
 */
function meant(text: string, start: number, end: number, inner: string): boolean {
  if (text[start] === "_" && /^[\w-]+$/u.test(inner)) return true;
  if (/[=%]/u.test(inner)) return true;
  // A single star around one token, quoted or before a file's extension: a shell glob.
  return text[start + 1] !== "*" && !/\s/u.test(inner) && (/["'“‘]/u.test(text[start - 1] ?? "") || /^\.\w/u.test(text.slice(end)));
}

const marker = (m: RegExpExecArray): string => m[1] ?? "*";

/**
 * The markers the English of the pair writes as often as the Portuguese, around its own words ("Abra **Configurações**
 * e clique em **Compartilhamento**" for "Open **Settings** and click **Sharing**"; "*Negrito*" for "*bold*"): the
 * original's formatting, a help page's bold interface labels, rendered with its words translated, not markers a web
 * page's conversion left behind, which the English does not have.
 */
function keptFromEnglish(found: readonly RegExpExecArray[], en: string | undefined): Set<string> {
  const kept = new Set<string>();
  if (en === undefined || found.length === 0 || (!en.includes("*") && !en.includes("__"))) return kept;
  const inEnglish = execAll(EMPHASIS, en);
  for (const kind of new Set(found.map(marker))) {
    const count = (ms: readonly RegExpExecArray[]) => ms.filter((m) => marker(m) === kind).length;
    if (count(inEnglish) >= count(found)) kept.add(kind);
  }
  return kept;
}

/**
 * An interface label as a help page sets it in bold: a capital, one to six words (a menu path's arrows between them),
 * no mark that ends or splits a sentence, at most a colon closing a box's label ("**Nota:**"). A sentence bolded whole
 * ("**Uau, isso mesmo garota.**") is no label.
 */
const LABEL = /^\p{Lu}[^.!?;,()\n]*:?$/u;
const MAX_LABEL_WORDS = 6;
const labelShaped = (inner: string): boolean => LABEL.test(inner) && (inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= MAX_LABEL_WORDS;
/** From this many bold labels on, with no other emphasis, bold is the document's format. */
export const MIN_BOLD_LABELS = 2;

/**
 * Whether the document sets its interface labels in bold, as help pages in Markdown do ("Abra **Configurações** e
 * clique em **Compartilhamento**", "escolha **Exibir ▸ Barras de ferramentas**"): every emphasis in it is a label, and
 * there are at least two. The bold is then the document's own format, as its English's would be; a web page's
 * leftover markers fall on any words, and a document of labels with one bolded sentence still has that one flagged.
 */
export function boldsLabels(pairs: readonly CheckInput[]): boolean {
  let labels = 0;
  for (const p of pairs) {
    if (!p.pt.includes("**") && !p.pt.includes("__")) {
      if (p.pt.includes("*") && execAll(EMPHASIS, p.pt).length) return false;
      continue;
    }
    for (const m of execAll(EMPHASIS, p.pt)) {
      if (m[2] === undefined || !labelShaped(m[2])) return false;
      labels++;
    }
  }
  return labels >= MIN_BOLD_LABELS;
}

/** A pair's flags; `labels`: the document bolds its interface labels (boldsLabels), and a label's markers are its format. */
function emphasisFlags(check: Check<"markup-emphasis">, pair: CheckInput, labels: boolean): Flag[] {
  // Every marker pair needs a star or two underscores: most pairs have neither, and skip the pattern's scan.
  if (!pair.pt.includes("*") && !pair.pt.includes("__")) return [];
  // With English, the English decides (keptFromEnglish): a label bolded where the English has none is still a finding.
  const habit = labels && pair.en === undefined;
  const found = execAll(EMPHASIS, pair.pt).filter((m) => !(habit && m[2] !== undefined && labelShaped(m[2])));
  const kept = keptFromEnglish(found, pair.en);
  // The English has the same markers: the original's notation ("**CONFIGURE**", "(00******;11******)"), not the page's.
  return found.filter((m) => !kept.has(marker(m)) && !pair.en?.includes(m[0]) && !meant(pair.pt, m.index, m.index + m[0].length, m[2] ?? m[3]!)).map((m) =>
    flagAt(check, pair.pt, m.index, m.index + m[0].length, "Bold or italic markers left over from the web page: remove them.", m[2] ?? m[3]!));
}

/** Emphasis markers from the web page's formatting. */
export const markupEmphasis: Check<"markup-emphasis"> = {
  id: "markup-emphasis",
  family: "markup",
  severity: "warning",
  name: "Formatting markers",
  description: "Asterisks or underscores from the web page's bold and italics are left in the text.",
  run(pair, context) {
    // Whether the document bolds its labels is known from the document; a pair checked alone without it is judged alone.
    return emphasisFlags(this, pair, context.document?.boldLabels === true);
  },
  runDocument(pairs) {
    const labels = boldsLabels(pairs);
    return { pairFlags: pairs.map((p) => emphasisFlags(this, p, labels)), documentFlags: [] };
  },
};
