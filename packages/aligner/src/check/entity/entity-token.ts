import type { Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { englishTokens, withinOneSlip } from "./english-tokens.ts";

const ALL_CAPS = /^[\p{Lu}\p{N}_-]*\p{Lu}[\p{Lu}\p{N}_-]*$/u;

/** Shorter tokens are too often a different word one letter away. */
const MIN_TOKEN = 5;

/**
 * A token the English keeps verbatim (code, a path, an option, a name written as a thing's name)
 * that reached the Portuguese changed: a letter swapped ("Aqcuire::IndexTargets"), split by a
 * space ("Rele ase"), joined ("DebianPolicy"), or its case changed ("dpkg_ROOT").
 */
export const entityToken: Check<"entity-token"> = {
  id: "entity-token",
  family: "entity",
  severity: "error",
  name: "Code or name changed from the English",
  description: "A command, path, option, identifier or name the English writes letter for letter reached the Portuguese altered.",
  run(pair, context) {
    if (!pair.en) return [];
    const tokens = englishTokens(pair.en).filter((t) => t.text.length >= MIN_TOKEN && !pair.pt.includes(t.text));
    if (!tokens.length) return [];
    const flags: Flag[] = [];
    // Candidate spans of the Portuguese: runs of non-space characters, and two of them with the space between.
    const runs = [...pair.pt.matchAll(/[^\s“”"'‘’()«»,;]+/gu)].map((m) => ({ start: m.index, text: m[0].replace(/[.:!?]+$/u, "") }));
    const candidates = [...runs, ...runs.slice(1).map((r, k) => ({ start: runs[k]!.start, text: `${runs[k]!.text} ${r.text}` }))];
    // A plain word one letter from a capitalised English word is often its translation ("Figura"): only a non-word is a slip.
    const isWord = (w: string) => Boolean(context.spellers.pt?.correct(w) || context.spellers.pt?.correct(w.toLowerCase()) || context.spellers.en?.correct(w));
    for (const token of tokens) {
      const t = token.text;
      const tCaps = ALL_CAPS.test(t);
      const eq = t.indexOf("=");
      const option = eq > 0 ? t.slice(0, eq + 1) : undefined;
      const hit = candidates.find((c) => {
        if (c.text === t) return false;
        if (token.splitOnly) return c.text.includes(" ") && c.text.replace(/ /gu, "") === t;
        // An option whose value's placeholder is translated ("--name=nome" for "--name=name") keeps the option.
        if (option && c.text.startsWith(option)) return false;
        const joined = c.text.replace(/ /gu, "");
        // A token written all in lower case only lost its capitals: the casing checks' finding ("openai").
        // One written all in capitals ("FORTRAN" for "Fortran") is a way of writing the name, not a change.
        if (joined.toLowerCase() === t.toLowerCase().replace(/ /gu, "")) return (joined !== c.text || c.text.toLowerCase() !== c.text) && !(joined === c.text && !tCaps && ALL_CAPS.test(c.text));
        // "anos 2010" for "2010s": a number is the number checks' business.
        if (!/\p{L}/u.test(c.text)) return false;
        if (t.includes(" ") && joined === t.replace(/ /gu, "")) return true;
        if (!withinOneSlip(c.text, t)) return false;
        // A heading in capitals translated ("NOTAS" for "NOTES", "AUTOR" for "AUTHOR"): a Portuguese word is no slip.
        if (tCaps && !c.text.includes(" ") && context.spellers.pt?.correct(c.text.toLowerCase())) return false;
        return token.coined || (!c.text.includes(" ") && context.spellers.pt !== undefined && !isWord(c.text));
      });
      if (!hit || flags.some((f) => f.start < hit.start + hit.text.length && hit.start < f.end)) continue;
      flags.push(flagAt(this, pair.pt, hit.start, hit.start + hit.text.length, `The English has "${t}", written so in any language.`, t));
    }
    return flags;
  },
};
