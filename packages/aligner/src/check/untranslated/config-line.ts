import { words } from "../text/words.ts";

const ADDRESS = /[a-z]+:\/\/\S/u;
const ADDRESSES_G = /\S+:\/\/\S+/gu;
const SENTENCE_STOP = /[.!?]\s*$/u;

/**
 * A line of configuration or a command holding an address ("deb http://deb.debian.org/debian bookworm main contrib",
 * "kdesvn exec diff http://… http://…"): no stop of a sentence and no Portuguese in it, so its words are the values the
 * program reads (a suite, a component, a subcommand), not prose. Shared by the untranslated checks.
 */
export const configLine = (pt: string, isPortuguese: (w: string) => boolean): boolean =>
  ADDRESS.test(pt) && !SENTENCE_STOP.test(pt.trim()) && !words(pt.replace(ADDRESSES_G, " ")).some((w) => isPortuguese(w.text));
