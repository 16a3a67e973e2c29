import type { BitextPair } from "../types.ts";
import type { PairSink, ParsedBitext } from "./parsed-bitext.ts";
import { poEntries } from "./po-entries.ts";
import { PO_COMMENT } from "./po-comments.ts";
import { isPairStatus } from "./xliff-state.ts";

/**
 * Reads a gettext catalogue as pairs: msgid the English, msgstr the Portuguese. The header entry
 * (msgid "") and obsolete entries (#~) are not sentences and are left out. Status: Alinha's own
 * comment when it wrote the file; else a fuzzy entry is unreviewed ("new") and a translated one
 * "edited" (someone wrote it).
 */
/** A header field ("Language: pt_BR\n…") of the header entry's msgstr. */
const headerField = (header: string, name: string) => new RegExp(`^${name}:[ \t]*(.*)$`, "mi").exec(header)?.[1]?.trim() ?? "";

/** `text` whole, or its lines (`ChunkedDocument.lines`). With `onPair`, each pair goes to it as read and the result holds none (parse-bitext.ts). */
export function readPo(text: string | Iterable<string>, onPair?: PairSink): ParsedBitext {
  const warnings: string[] = [];
  const pairs: BitextPair[] = [];
  const out = onPair ?? ((pair: BitextPair) => void pairs.push(pair));
  let obsolete = 0;
  let plural = 0;
  let header = "";
  for (const item of poEntries(text)) {
    if (item.obsolete) {
      obsolete += 1;
      continue;
    }
    if (item.msgid === "" && item.msgctxt === undefined) {
      header = item.msgstr[0] ?? "";
      continue;
    }
    if (item.msgidPlural !== undefined) plural += 1;
    const pair: BitextPair = { en: item.msgid, pt: item.msgstr[0] ?? "", status: item.flags.has("fuzzy") ? "new" : item.msgstr[0] ? "edited" : "new" };
    if (item.msgctxt !== undefined && item.msgctxt !== "") pair.id = item.msgctxt;
    for (const comment of item.extracted) {
      if (comment.startsWith(PO_COMMENT.status)) {
        const status = comment.slice(PO_COMMENT.status.length).trim();
        if (isPairStatus(status)) pair.status = status;
      } else if (comment.startsWith(PO_COMMENT.version)) {
        const v = comment.slice(PO_COMMENT.version.length).trim();
        if (/^\d+$/.test(v)) pair.version = Number(v);
      }
    }
    const notes = item.comments.filter((c) => c.trim() !== "");
    if (notes.length > 0) pair.notes = notes;
    out(pair);
  }
  const trgLang = headerField(header, "Language");
  const srcLang = headerField(header, "X-Source-Language") || "en";
  if (trgLang === "") warnings.unshift("the PO header names no Language: the translations are read as Portuguese");
  if (obsolete > 0) warnings.push(`${obsolete} obsolete entr${obsolete === 1 ? "y" : "ies"} (#~) left out`);
  if (plural > 0) warnings.push(`${plural} plural entr${plural === 1 ? "y" : "ies"}: only the singular and the first plural form were read`);
  return { pairs, srcLang, trgLang, warnings };
}
