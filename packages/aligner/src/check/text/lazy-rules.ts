import type { RuleSource, RuleTuple } from "./speller.ts";

/**
 * A rule line's first five fields, where a line starts with its kind: `[^\S\n]` is the whitespace
 * `line.trim().split(/\s+/)` splits on, short of the line's end, so the fields are the ones that split
 * gives (the fourth, what the rule adds, in two: up to its first "/", and the rest). A field left
 * undefined is missing, and so are all after it; a line whose first field is longer than its kind
 * ("SFXa") matches no field at all, as its split's first field is no kind.
 */
const RULE_LINE = /(?<![^\n])(SFX|PFX)(?:[^\S\n]+(\S+))?(?:[^\S\n]+(\S+))?(?:[^\S\n]+(?=\S)([^\s/]*)(\S*))?(?:[^\S\n]+(\S+))?/g;

/**
 * The hunspell rule lines of an .aff, as `parseRules` in speller.ts reads them, but split only
 * when the speller first tries their affix: splitting all of the Portuguese file's 26,000 rule
 * lines into tuples was more than half of its speller's start, and a document tries a few
 * hundred affixes. One pass finds each rule line's kind and affix (and the cross-product flag
 * its header had set by then); the tuples of an affix are made from its lines on first request,
 * with the very split `parseRules` makes, in the same order.
 */
export function lazyRules(aff: string): { SFX: RuleSource; PFX: RuleSource } {
  const lines = { SFX: new Map<string, number[]>(), PFX: new Map<string, number[]>() };
  const cross = { SFX: new Map<string, boolean>(), PFX: new Map<string, boolean>() };
  const longest = { SFX: 0, PFX: 0 };
  RULE_LINE.lastIndex = 0;
  for (let f = RULE_LINE.exec(aff); f; f = RULE_LINE.exec(aff)) {
    const kind = f[1] as "SFX" | "PFX";
    // Five fields make a rule, four a header; fewer, neither.
    if (f[4] === undefined) continue;
    const flag = f[2]!;
    if (f[6] === undefined) {
      cross[kind].set(flag, f[3] === "Y");
      continue;
    }
    const add = f[4] === "0" && f[5] === "" ? "" : f[4];
    const lineStart = f.index;
    // The line and the cross-product flag as of this line, in one number: a header may come again later.
    const entry = 2 * lineStart + (cross[kind].get(flag) ? 1 : 0);
    const list = lines[kind].get(add);
    if (list) list.push(entry);
    else lines[kind].set(add, [entry]);
    if (add.length > longest[kind]) longest[kind] = add.length;
  }
  const source = (kind: "SFX" | "PFX"): RuleSource => {
    const made = new Map<string, RuleTuple[]>();
    return {
      longest: longest[kind],
      rulesFor(add) {
        const known = made.get(add);
        if (known) return known;
        const entries = lines[kind].get(add);
        if (entries === undefined) return undefined;
        const tuples = entries.map((entry): RuleTuple => {
          const at = Math.floor(entry / 2);
          let end = aff.indexOf("\n", at);
          if (end < 0) end = aff.length;
          const f = aff.slice(at, end).trim().split(/\s+/);
          return [f[1]!, f[2] === "0" ? "" : f[2]!, f[4] ?? ".", entry % 2 === 1];
        });
        made.set(add, tuples);
        return tuples;
      },
      affixes: () => lines[kind].keys(),
    };
  };
  return { SFX: source("SFX"), PFX: source("PFX") };
}
