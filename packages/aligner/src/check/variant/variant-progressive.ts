import { flagAt, type Check } from "../check.ts";

// "estar a + infinitive" (pt-PT) for the gerund (pt-BR): "estamos a ver" → "estamos vendo".
const ESTAR = "estar|estou|está|estás|estamos|estão|estava|estávamos|estavam|esteve|estive|estivemos|estiveram|estiver|estivermos|estiverem|estivesse|estivéssemos|estivessem|esteja|estejam|estejamos|estaria|estariam|estaríamos|estará|estarão|estaremos|estando|continua|continuam|continuar|andam|anda";
const ADVERB = "apenas|só|ainda|sempre|também|já|agora|realmente|mesmo";
// Infinitives of three letters, which the -ar/-er/-ir rule below would otherwise need to guess at.
const SHORT = "ver|ter|ser|ler|dar|vir|rir|pôr|ir";
const PROGRESSIVE = new RegExp(`(?<![\\p{L}])(${ESTAR})((?: (?:${ADVERB}))*) a ((?:${SHORT})|\\p{L}{2,}(?:ar|er|ir))(?![\\p{L}-])`, "giu");
// Fixed phrases with "a" + a word in -ar that are Brazilian too: "estar a par", "estar a cargo".
const NOT_VERBS = new Set(["par", "lugar", "mar", "bar", "lar", "altar", "olhar", "pesar", "exemplo"]);

function gerund(inf: string): string {
  const lower = inf.toLowerCase();
  if (lower === "pôr") return "pondo";
  if (lower === "ir") return "indo";
  return inf.slice(0, -1).replace(/[aei]$/u, (v) => v) + "ndo";
}

export const variantProgressive: Check<"variant-progressive"> = {
  id: "variant-progressive",
  family: "variant",
  severity: "warning",
  name: "European progressive",
  description: "\"Estar a\" + infinitive, the European progressive, where Brazilian Portuguese uses the gerund.",
  run(pair, context) {
    // In a European text this is the norm; the reverse direction is left to reviewers.
    if (context.variant !== "pt-BR") return [];
    return [...pair.pt.matchAll(PROGRESSIVE)]
      .filter((m) => !NOT_VERBS.has(m[3]!.toLowerCase()))
      .map((m) => {
        const suggestion = `${m[1]}${m[2]} ${gerund(m[3]!)}`;
        return flagAt(this, pair.pt, m.index, m.index + m[0].length, `In Brazilian Portuguese: "${suggestion}".`, suggestion);
      });
  },
};
