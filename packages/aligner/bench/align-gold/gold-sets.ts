import { readFileSync } from "node:fs";
import { getDocument, listDocuments } from "@alinha/corpus";
import type { GoldBead, GoldFile } from "./gold-format.ts";
import { perturb } from "./perturb.ts";

/** Seeds the bench reports on. Nothing is fitted or tuned on them. */
export const EVAL_SEEDS = [1, 2, 3, 4, 5];
/** Seeds for fitting (confidence model) and tuning (cost constants): disjoint from EVAL_SEEDS. */
export const TRAINING_SEEDS = Array.from({ length: 60 }, (_, k) => 101 + k);

export interface GoldDoc { gold: GoldFile; pt: string; en: string; speakers: string[] }
export interface GoldSet { name: string; pt: string; en: string; gold: GoldBead[]; speakers: string[] }

/** The built-in corpus documents that have an English original, with their reviewed gold. */
export function loadGold(): GoldDoc[] {
  return listDocuments().flatMap((m) => {
    const d = getDocument(m.id);
    if (!d.en) return [];
    const gold = JSON.parse(readFileSync(new URL(`../../gold/${m.id}.json`, import.meta.url), "utf8")) as GoldFile;
    return [{ gold, pt: d.pt, en: d.en, speakers: m.speakers }];
  });
}

export function corpusSets(docs: readonly GoldDoc[]): GoldSet[] {
  return docs.map((d) => ({ name: d.gold.doc, pt: d.pt, en: d.en, gold: d.gold.beads, speakers: d.speakers }));
}

/** Perturbed copies of every document; inserted English comes from the other documents. */
export function perturbedSets(docs: readonly GoldDoc[], seeds: readonly number[]): GoldSet[] {
  return docs.flatMap((d) => {
    const donor = docs.filter((o) => o !== d).flatMap((o) => o.gold.beads.map((g) => g.enText).filter((t) => t.length > 30));
    return seeds.map((seed) => ({ name: `${d.gold.doc}#${seed}`, ...perturb(d.gold, d.pt, d.en, seed, donor), speakers: d.speakers }));
  });
}
