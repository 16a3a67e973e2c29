import { StemIndex } from "./stem-index.ts";
import type { Speller } from "../../types.ts";

interface AffixRule {
  flag: string;
  strip: string;
  add: string;
  /** Compiled on first use: most of the Portuguese dictionary's ~50,000 rules are never tried. */
  readonly condition: RegExp;
  cross: boolean;
}

const decoder = new TextDecoder();
const asText = (data: string | Uint8Array): string => (typeof data === "string" ? data : decoder.decode(data));

function rule(kind: "SFX" | "PFX", flag: string, strip: string, add: string, cond: string, cross: boolean): AffixRule {
  let compiled: RegExp | undefined;
  return {
    flag, strip, add, cross,
    get condition() {
      return (compiled ??= new RegExp(kind === "SFX" ? `${cond}$` : `^${cond}`, "u"));
    },
  };
}

/**
 * The hunspell rule lines (`SFX flag strip add condition`; "0" means empty, "/…" continuation
 * flags are ignored) of both kinds, in one pass over the .aff, keyed by what they add. Only
 * lines starting "SFX"/"PFX" are split: splitting all of the 1 MB file twice, and copying each
 * rule list on every insert, was a third of the command line's start.
 */
function parseRules(aff: string): Record<"SFX" | "PFX", Map<string, AffixRule[]>> {
  const byKind = { SFX: new Map<string, AffixRule[]>(), PFX: new Map<string, AffixRule[]>() };
  const cross = { SFX: new Map<string, boolean>(), PFX: new Map<string, boolean>() };
  for (let start = 0; start < aff.length;) {
    let end = aff.indexOf("\n", start);
    if (end < 0) end = aff.length;
    const head = aff.slice(start, start + 3);
    const line = head === "SFX" || head === "PFX" ? aff.slice(start, end) : "";
    start = end + 1;
    if (line === "") continue;
    const kind = head as "SFX" | "PFX";
    const f = line.trim().split(/\s+/);
    if (f[0] !== kind || f.length < 4) continue;
    const flag = f[1]!;
    if (f.length === 4) { cross[kind].set(flag, f[2] === "Y"); continue; }
    const strip = f[2] === "0" ? "" : f[2]!;
    const add = f[3] === "0" ? "" : f[3]!.split("/")[0]!;
    const rules = byKind[kind].get(add);
    const r = rule(kind, flag, strip, add, f[4] ?? ".", cross[kind].get(flag) ?? false);
    if (rules === undefined) byKind[kind].set(add, [r]);
    else rules.push(r);
  }
  return byKind;
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
  const { SFX: suffixes, PFX: prefixes } = parseRules(aff);
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
