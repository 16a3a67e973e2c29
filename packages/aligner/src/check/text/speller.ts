import { StemIndex } from "./stem-index.ts";
import type { Speller } from "../../types.ts";

interface AffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
  cross: boolean;
}

const decoder = new TextDecoder();
const asText = (data: string | Uint8Array): string => (typeof data === "string" ? data : decoder.decode(data));

/** One hunspell rule line: `SFX flag strip add condition`; "0" means empty, "/…" continuation flags are ignored. */
function parseRules(aff: string, kind: "SFX" | "PFX"): Map<string, AffixRule[]> {
  const byAdd = new Map<string, AffixRule[]>();
  const cross = new Map<string, boolean>();
  for (const line of aff.split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f[0] !== kind || f.length < 4) continue;
    const flag = f[1]!;
    if (f.length === 4) { cross.set(flag, f[2] === "Y"); continue; }
    const strip = f[2] === "0" ? "" : f[2]!;
    const add = f[3] === "0" ? "" : f[3]!.split("/")[0]!;
    const cond = f[4] ?? ".";
    const condition = new RegExp(kind === "SFX" ? `${cond}$` : `^${cond}`, "u");
    const rule = { flag, strip, add, condition, cross: cross.get(flag) ?? false };
    byAdd.set(add, [...(byAdd.get(add) ?? []), rule]);
  }
  return byAdd;
}

/**
 * A hunspell dictionary read lazily: words are checked by undoing one suffix and/or one
 * prefix and looking the stem up. nspell expands every affix at load time instead, which
 * never finished on the Portuguese dictionary (minutes of CPU, over a gigabyte), so the
 * checks use this instead. It ignores compounding and twofold suffixes: a miss means
 * "probably not a word", which is all the foreign-word check asks.
 */
export function createSpeller(dictionary: { aff: string | Uint8Array; dic: string | Uint8Array }): Speller {
  const aff = asText(dictionary.aff);
  const forbidden = /^FORBIDDENWORD\s+(\S+)/mu.exec(aff)?.[1];
  const suffixes = parseRules(aff, "SFX");
  const prefixes = parseRules(aff, "PFX");
  const maxSuffix = Math.max(0, ...[...suffixes.keys()].map((k) => k.length));
  const maxPrefix = Math.max(0, ...[...prefixes.keys()].map((k) => k.length));
  const stems = new StemIndex(asText(dictionary.dic));

  const hasStem = (stem: string, ...flags: string[]): boolean => {
    const own = stems.flagsOf(stem);
    return own !== undefined && flags.every((fl) => own.includes(fl)) && !(forbidden && own.includes(forbidden));
  };

  const bySuffix = (word: string, prefixFlag?: string): boolean => {
    for (let n = 0; n <= Math.min(maxSuffix, word.length - 1); n++) {
      for (const rule of suffixes.get(word.slice(word.length - n)) ?? []) {
        if (prefixFlag && !rule.cross) continue;
        const stem = word.slice(0, word.length - n) + rule.strip;
        if (!rule.condition.test(stem)) continue;
        if (prefixFlag ? hasStem(stem, rule.flag, prefixFlag) : hasStem(stem, rule.flag)) return true;
      }
    }
    return false;
  };

  const correctExact = (word: string): boolean => {
    if (hasStem(word) || bySuffix(word)) return true;
    for (let n = 1; n <= Math.min(maxPrefix, word.length - 1); n++) {
      for (const rule of prefixes.get(word.slice(0, n)) ?? []) {
        const stem = rule.strip + word.slice(n);
        if (!rule.condition.test(stem)) continue;
        if (hasStem(stem, rule.flag) || bySuffix(stem, rule.flag)) return true;
      }
    }
    return false;
  };

  return {
    correct(word: string): boolean {
      if (correctExact(word)) return true;
      const lower = word.toLowerCase();
      return lower !== word && correctExact(lower);
    },
  };
}
