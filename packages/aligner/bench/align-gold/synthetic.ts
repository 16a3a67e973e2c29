import type { GoldDoc } from "./gold-sets.ts";
import { rng } from "./perturb.ts";

/**
 * Synthetic parallel text for the speed test: gold sentence pairs drawn at random, some
 * carrying a unique number (anchors), a paragraph break every five, and about 1% of sentences
 * dropped on each side so the path is not a plain diagonal.
 */
export function synthetic(docs: readonly GoldDoc[], size: number, seed: number): { pt: string; en: string } {
  const r = rng(seed);
  const pairs = docs.flatMap((d) => d.gold.beads.filter((g) => g.pt && g.en && g.ptText.length > 20 && /[.!?]$/u.test(g.ptText) && /[.!?]$/u.test(g.enText)).map((g) => [g.ptText, g.enText] as const));
  const pt: string[] = [];
  const en: string[] = [];
  for (let k = 0; k < size; k++) {
    const [p, e] = pairs[Math.floor(r() * pairs.length)]!;
    const tag = r() < 0.1 ? ` (${1000 + k})` : "";
    const sep = k % 5 === 4 ? "\n\n" : " ";
    if (r() > 0.01) pt.push(p.replace(/([.!?]?)$/u, `${tag}$1`) + sep);
    if (r() > 0.01) en.push(e.replace(/([.!?]?)$/u, `${tag}$1`) + sep);
  }
  return { pt: pt.join(""), en: en.join("") };
}
