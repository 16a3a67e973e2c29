import { affixCondition } from "./affix-condition.ts";
import { lazyRules } from "./lazy-rules.ts";
import { StemIndex } from "./stem-index.ts";
import type { Speller } from "../../types.ts";

interface AffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: (stem: string) => boolean;
  cross: boolean;
}

const decoder = new TextDecoder();
const asText = (data: string | Uint8Array): string => (typeof data === "string" ? data : decoder.decode(data));

/**
 * A rule as plain data, its condition shared with every rule of the same condition (a few hundred
 * in all): an object with a getter and closures of its own per rule cost an eighth of a cold
 * speller's time on a first check's words.
 */
function rule(kind: "SFX" | "PFX", flag: string, strip: string, add: string, cond: string, cross: boolean, conditions: Map<string, (stem: string) => boolean>): AffixRule {
  let condition = conditions.get(cond);
  if (condition === undefined) conditions.set(cond, (condition = affixCondition(kind, cond)));
  return { flag, strip, add, condition, cross };
}

/** One rule as saved: flag, strip, condition, cross (may combine with a prefix). */
export type RuleTuple = [flag: string, strip: string, condition: string, cross: boolean];
/** The rules of one kind keyed by what they add. */
export type RuleTable = Record<string, RuleTuple[]>;

/**
 * The rules of one kind as something else keeps them (the command line's saved files, split
 * only when an affix is first tried): the longest affix, and the rules of one affix.
 */
export interface RuleSource {
  readonly longest: number;
  rulesFor(add: string): readonly RuleTuple[] | undefined;
  /** Every affix that has rules, if the source can list them: lets the speller skip the endings no rule adds. */
  affixes?(): Iterable<string>;
}

/**
 * A dictionary's rules and stem table, worked out once ahead of time: the command line's build
 * saves them beside the bundle (`compileSpeller`), so a cold run reads them instead of splitting
 * the Portuguese .aff's 50,000 rule lines and hashing the .dic's 312,000 stems (two thirds of
 * its start). `key` says which dictionary they were made from.
 */
export interface CompiledSpeller {
  key: string;
  forbidden: string | undefined;
  rules: { SFX: RuleTable | RuleSource; PFX: RuleTable | RuleSource };
  stems: Int32Array;
}

/**
 * The hunspell rule lines (`SFX flag strip add condition`; "0" means empty, "/…" continuation
 * flags are ignored) of both kinds, in one pass over the .aff, keyed by what they add. Only
 * lines starting "SFX"/"PFX" are split: splitting all of the 1 MB file twice, and copying each
 * rule list on every insert, was a third of the command line's start.
 */
export function parseRules(aff: string): { SFX: RuleTable; PFX: RuleTable } {
  const byKind = { SFX: {} as RuleTable, PFX: {} as RuleTable };
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
    const tuple: RuleTuple = [flag, strip, f[4] ?? ".", cross[kind].get(flag) ?? false];
    // Own-property check: an affix can be spelled like an Object.prototype member.
    if (Object.hasOwn(byKind[kind], add)) byKind[kind][add]!.push(tuple);
    else byKind[kind][add] = [tuple];
  }
  return byKind;
}

const isRuleSource = (rules: RuleTable | RuleSource): rules is RuleSource => typeof rules.rulesFor === "function";

/** A table as a source. Own-property check: an affix can be spelled like an Object.prototype member. */
function tableSource(table: RuleTable): RuleSource {
  return {
    longest: Math.max(0, ...Object.keys(table).map((k) => k.length)),
    rulesFor: (add) => (Object.hasOwn(table, add) ? table[add] : undefined),
    affixes: () => Object.keys(table),
  };
}

/** The rules of one affix that strip the same letters: one stem, looked up once for all of them. */
interface StripGroup {
  strip: string;
  rules: AffixRule[];
}

/**
 * A hash of an affix taken one character at a time from its outer end (a suffix's last letter, a
 * prefix's first), so that the speller hashes every ending of a word in one walk inward, without a
 * string per ending. FNV-1a, kept to 30 bits so that it stays a small integer.
 */
export const AFFIX_SEED = 0x811c9dc5 & 0x3fffffff;
export const affixStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193) & 0x3fffffff;
/** Bits in the filter of affix hashes: the Portuguese .aff's ~5,400 suffixes fill about 2 % of them. */
const FILTER_BITS = 1 << 18;

/** The filter's bits for a source's affixes, or undefined if the source cannot list them. */
function affixFilter(kind: "SFX" | "PFX", source: RuleSource): Uint32Array | undefined {
  const affixes = source.affixes?.();
  if (affixes === undefined) return undefined;
  const bits = new Uint32Array(FILTER_BITS / 32);
  for (const add of affixes) {
    let h = AFFIX_SEED;
    if (kind === "SFX") for (let i = add.length - 1; i >= 0; i--) h = affixStep(h, add.charCodeAt(i));
    else for (let i = 0; i < add.length; i++) h = affixStep(h, add.charCodeAt(i));
    bits[(h & (FILTER_BITS - 1)) >>> 5]! |= 1 << (h & 31);
  }
  return bits;
}

/**
 * Rule objects of one kind, made from the source on first use of each affix and grouped by what they strip.
 * `mayHave(hash)` is false for an affix (by its `affixStep` hash) that has no rules for certain: a word's
 * endings are nearly all of that kind, and each would otherwise cost a slice and a lookup. It is true for
 * every affix that has rules (and, rarely, for one that has none, which `get` then answers).
 */
function ruleLookup(kind: "SFX" | "PFX", rules: RuleTable | RuleSource): { get: (add: string) => StripGroup[] | undefined; mayHave: (hash: number) => boolean; longest: number } {
  const source = isRuleSource(rules) ? rules : tableSource(rules);
  const made = new Map<string, StripGroup[]>();
  const conditions = new Map<string, (stem: string) => boolean>();
  // Built on the first lookup, not at load: the command line's start is paid before any word is asked.
  let filter: Uint32Array | undefined | null = null;
  return {
    longest: source.longest,
    mayHave(hash) {
      if (filter === null) filter = affixFilter(kind, source);
      return filter === undefined || (filter[(hash & (FILTER_BITS - 1)) >>> 5]! & (1 << (hash & 31))) !== 0;
    },
    get(add) {
      let groups = made.get(add);
      if (groups === undefined) {
        const tuples = source.rulesFor(add);
        if (tuples === undefined) return undefined;
        const byStrip = new Map<string, AffixRule[]>();
        for (const [flag, strip, cond, cross] of tuples) {
          const r = rule(kind, flag, strip, add, cond, cross, conditions);
          const list = byStrip.get(strip);
          if (list) list.push(r);
          else byStrip.set(strip, [r]);
        }
        groups = [...byStrip].map(([strip, list]) => ({ strip, rules: list }));
        made.set(add, groups);
      }
      return groups;
    },
  };
}

/** Characters or bytes hashed for a key: a sample across the whole file, not all 5 MB of it. */
const KEY_SAMPLES = 1 << 16;

/**
 * Which dictionary a compiled form belongs to: the sizes of its files and a hash of a sample of
 * them taken across their whole length, from the bytes as the dictionary packages give them.
 */
export function dictionaryKey(aff: string | Uint8Array, dic: string | Uint8Array): string {
  let h = 0x811c9dc5;
  for (const data of [aff, dic]) {
    const at = typeof data === "string" ? (i: number) => data.charCodeAt(i) : (i: number) => data[i]!;
    const step = Math.max(1, Math.floor(data.length / KEY_SAMPLES));
    for (let i = 0; i < data.length; i += step) h = Math.imul(h ^ at(i), 0x01000193);
  }
  return `${typeof aff === "string" ? "text" : "bytes"}:${aff.length}:${dic.length}:${(h >>> 0).toString(16)}`;
}

/** The work `createSpeller` does on a dictionary, to be saved and handed back to it. */
export function compileSpeller(dictionary: { aff: string | Uint8Array; dic: string | Uint8Array }): CompiledSpeller & { rules: { SFX: RuleTable; PFX: RuleTable } } {
  const aff = asText(dictionary.aff);
  const dic = asText(dictionary.dic);
  const key = dictionaryKey(dictionary.aff, dictionary.dic);
  return { key, forbidden: forbiddenFlag(aff), rules: parseRules(aff), stems: new StemIndex(dic).table };
}

/** About a megabyte of remembered answers: far more distinct words than a long document has. */
const MAX_REMEMBERED_ANSWERS = 20_000;

const forbiddenFlag = (aff: string) => /^FORBIDDENWORD\s+(\S+)/mu.exec(aff)?.[1];

export function createSpeller(dictionary: { aff: string | Uint8Array; dic: string | Uint8Array }, prebuilt?: CompiledSpeller): Speller {
  const dic = asText(dictionary.dic);
  // A compiled form is used only with the text it was made from (its stem table points into it).
  if (prebuilt !== undefined && prebuilt.key === dictionaryKey(dictionary.aff, dictionary.dic)) return spellerOver(dic, prebuilt);
  const aff = asText(dictionary.aff);
  // The rules split as they are first tried: the same tuples `parseRules` makes, without splitting the ones never tried.
  return spellerOver(dic, { forbidden: forbiddenFlag(aff), rules: lazyRules(aff) });
}

/**
 * A speller from a compiled form and the very text it was compiled from, kept together (the
 * command line's build saves both in one step): no .aff to read and no key to work out, which
 * samples both files. Undefined if the text's length is not the one the key records.
 */
export function spellerFromCompiled(dic: string, compiled: CompiledSpeller): Speller | undefined {
  return compiled.key.split(":")[2] === String(dic.length) ? spellerOver(dic, compiled) : undefined;
}

function spellerOver(dic: string, dictionary: Omit<CompiledSpeller, "key" | "stems"> & { stems?: Int32Array }): Speller {
  const forbidden = dictionary.forbidden;
  const suffixes = ruleLookup("SFX", dictionary.rules.SFX);
  const prefixes = ruleLookup("PFX", dictionary.rules.PFX);
  const maxSuffix = suffixes.longest;
  const maxPrefix = prefixes.longest;
  const stems = new StemIndex(dic, dictionary.stems);

  /** A stem's flags, unless it is not in the dictionary or the dictionary forbids it. */
  const flagsOf = (stem: string): string | undefined => {
    const own = stems.flagsOf(stem);
    return own === undefined || (forbidden && own.includes(forbidden)) ? undefined : own;
  };
  const hasStem = (stem: string, flag: string): boolean => flagsOf(stem)?.includes(flag) ?? false;

  // A Portuguese ending has up to ~140 rules (a verb's "-mos" in every conjugation) that strip a
  // handful of different letters: each stem is looked up once, and as most are not in the
  // dictionary, their rules' conditions are never tested. The answer is the same as
  // trying the rules one by one: a rule applies when its stem is there with its flag and its
  // condition holds, in any order.
  const bySuffix = (word: string, prefixFlag?: string): boolean => {
    let h = AFFIX_SEED;
    for (let n = 0; n <= Math.min(maxSuffix, word.length - 1); n++) {
      // The ending's hash grows by one letter per step inward; most endings are no rule's, and cost no slice.
      if (n > 0) h = affixStep(h, word.charCodeAt(word.length - n));
      if (!suffixes.mayHave(h)) continue;
      const groups = suffixes.get(word.slice(word.length - n));
      if (groups === undefined) continue;
      const base = word.slice(0, word.length - n);
      for (const group of groups) {
        const stem = base + group.strip;
        const own = flagsOf(stem);
        if (own === undefined || (prefixFlag && !own.includes(prefixFlag))) continue;
        for (const rule of group.rules) {
          if (prefixFlag && !rule.cross) continue;
          if (own.includes(rule.flag) && rule.condition(stem)) return true;
        }
      }
    }
    return false;
  };

  const correctExact = (word: string): boolean => {
    if (flagsOf(word) !== undefined || bySuffix(word)) return true;
    let h = AFFIX_SEED;
    for (let n = 1; n <= Math.min(maxPrefix, word.length - 1); n++) {
      h = affixStep(h, word.charCodeAt(n - 1));
      if (!prefixes.mayHave(h)) continue;
      for (const group of prefixes.get(word.slice(0, n)) ?? []) {
        for (const rule of group.rules) {
          const stem = rule.strip + word.slice(n);
          if (!rule.condition(stem)) continue;
          if (hasStem(stem, rule.flag) || bySuffix(stem, rule.flag)) return true;
        }
      }
    }
    return false;
  };

  // Several checks ask about the same words, and a document repeats its words: each answer is
  // kept, up to a bound, since a server shares one speller across every document it checks.
  const answers = new Map<string, boolean>();
  return {
    correct(word: string): boolean {
      let answer = answers.get(word);
      if (answer !== undefined) return answer;
      const lower = word.toLowerCase();
      answer = correctExact(word) || (lower !== word && correctExact(lower));
      if (answers.size >= MAX_REMEMBERED_ANSWERS) answers.clear();
      answers.set(word, answer);
      return answer;
    },
  };
}
