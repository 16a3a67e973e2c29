import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";

// "estar a + infinitive" (pt-PT) for the gerund (pt-BR): "estamos a ver" → "estamos vendo".
const ESTAR_ONLY = "estar|estou|está|estás|estamos|estão|estava|estávamos|estavam|esteve|estive|estivemos|estiveram|estiver|estivermos|estiverem|estivesse|estivéssemos|estivessem|esteja|estejam|estejamos|estaria|estariam|estaríamos|estará|estarão|estaremos|estando|andam|anda";
// "Continuar a + infinitive" is Brazilian as well ("a seleção continua a existir"), so only a gerund after it is a sign.
const ESTAR = `${ESTAR_ONLY}|continua|continuam|continuar`;
// A pronoun hyphenated to the verb ("está aplicando-se", "estão a tornar-se") stays outside the flag.
// The verb's end: no letter, and a hyphen only before such a pronoun.
const VERB_END = "(?![\\p{L}])(?!-(?!(?:se|me|te|nos|vos|lhe|lhes|lo|la|los|las|o|a|os|as)(?![\\p{L}-])))";
const ADVERB = "apenas|só|ainda|sempre|também|já|agora|realmente|mesmo";
// Infinitives of three letters, which the -ar/-er/-ir rule below would otherwise need to guess at.
const SHORT = "ver|ter|ser|ler|dar|vir|rir|pôr|ir";
// Every form opens on "est" or "and" (or "continu"): looked for first, the look-behind is tried only there.
const PROGRESSIVE = new RegExp(`(?=est|and)(?<![\\p{L}])(${ESTAR_ONLY})((?: (?:${ADVERB}))*) a ((?:${SHORT})|\\p{L}{2,}(?:ar|er|ir))${VERB_END}`, "giu");
// Fixed phrases with "a" + a word in -ar that are Brazilian too: "estar a par", "estar a cargo".
const NOT_VERBS = new Set(["par", "lugar", "mar", "bar", "lar", "altar", "olhar", "pesar", "exemplo"]);

function gerund(inf: string): string {
  const lower = inf.toLowerCase();
  if (lower === "pôr") return "pondo";
  if (lower === "ir") return "indo";
  return `${inf.slice(0, -1)}ndo`;
}

// The Brazilian progressive, for a European target: "estamos vendo" → "estamos a ver".
const GERUND = new RegExp(`(?=est|and|continu)(?<![\\p{L}])(${ESTAR})((?: (?:${ADVERB}))*) (\\p{L}+(?:ando|endo|indo)|pondo)${VERB_END}`, "giu");

function infinitive(ger: string): string {
  if (ger.toLowerCase() === "pondo") return "pôr";
  return ger.replace(/(?:a|e|i)ndo$/iu, (m) => `${m[0]}r`);
}

/** "Estar a" + infinitive in a Brazilian text, or "estar" + gerund in a European one. */
export const variantProgressive: Check<"variant-progressive"> = {
  id: "variant-progressive",
  family: "variant",
  severity: "warning",
  name: "Progressive of the other variant",
  description: "\"Estar a\" + infinitive (European) in a Brazilian text, or \"estar\" + gerund (Brazilian) in a European one.",
  run(pair, context) {
    // Both forms need a form of "estar" (or "continuar", "andar"); most sentences have none.
    if (!/est[aáãoeéi]|continu|and[ao]/iu.test(pair.pt)) return [];
    if (context.variant === "pt-PT") {
      // A gerund is a verb's: "quando", "comando", "lindo" end as one does, but "quar", "comar", "lir" are no infinitives.
      const pt = context.spellers.pt;
      return execAll(GERUND, pair.pt).filter((m) => !pt || pt.correct(infinitive(m[3]!).toLowerCase())).map((m) => {
        const suggestion = `${m[1]}${m[2]} a ${infinitive(m[3]!)}`;
        return flagAt(this, pair.pt, m.index, m.index + m[0].length, `In European Portuguese: "${suggestion}".`, suggestion);
      });
    }
    return execAll(PROGRESSIVE, pair.pt)
      .filter((m) => !NOT_VERBS.has(m[3]!.toLowerCase()))
      .map((m) => {
        const suggestion = `${m[1]}${m[2]} ${gerund(m[3]!)}`;
        return flagAt(this, pair.pt, m.index, m.index + m[0].length, `In Brazilian Portuguese: "${suggestion}".`, suggestion);
      });
  },
};
