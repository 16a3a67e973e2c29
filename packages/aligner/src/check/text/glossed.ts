import type { Speller } from "../../types.ts";
import { words } from "./words.ts";
import { isEnglishWord } from "../untranslated/english-signal.ts";

// A translator who keeps a term's English writes it beside its translation, in parentheses:
// "manuais (man pages)", "matiz-saturação-valor (hue-saturation-value)", "sky blue (céu azul)".
// The English there is a quotation of the original, neither a leftover nor a name to capitalise.

/** The run is the whole of a parenthesis (quoted or not), or a parenthesis of Portuguese follows it. */
export function glossed(text: string, r: { start: number; end: number }, spellers: { pt?: Speller; en?: Speller }): boolean {
  const open = /\((["“'])?$/u.exec(text.slice(0, r.start));
  if (open && /^["”']?\)/u.test(text.slice(r.end))) return /\p{L}[^\p{L}]*$/u.test(text.slice(0, open.index));
  const next = /^ \(([^()\n]{2,60})\)/u.exec(text.slice(r.end));
  if (!next || !spellers.pt) return false;
  const inner = words(next[1]!);
  return inner.length > 0 && inner.every((w) => spellers.pt!.correct(w.text) && !isEnglishWord(w.text, spellers));
}

