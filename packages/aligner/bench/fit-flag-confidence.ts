/**
 * Fits the flag confidence model (src/check/flag-confidence.ts) on the TUNING half only, measures
 * it by leave-one-source-out cross-validation, chooses the default threshold from that curve, and
 * writes src/check/flag-confidence-coefficients.ts.
 *
 * Data (tune half; the test half is never read):
 * - reviewed flags (check-data/reviewed-flags.tsv and reviewed/*.tsv): genuine → 1, false-alarm → 0;
 * - injected artefacts, seeds 1–3 (check-data/inject-real.ts, as checks-injected.ts): each flag of the
 *   artefact's family over the artefact → 1 (an artefact's weight shared among its flags); each flag
 *   over a near miss → 0.
 * Injected artefacts outnumber reviewed flags about ten to one and look alike (one seeded injector):
 * fitted at full weight the model would learn what an injected artefact looks like rather than what
 * a genuine flag does. So the injected rows together weigh INJECTED_SHARE of the reviewed genuine
 * rows' weight, and the threshold (not the fit) answers for recall.
 *
 * Cross-validation groups by manifest source (all of scilab-doc-pt-br out at once): a source is one
 * project's style, and the test half holds documents of sources the fit saw only other parts of, so
 * this is the harder, more honest transfer estimate. Per threshold it prints false alarms per 1,000
 * words (pt-BR, pt-PT; document flags are always shown and always counted) and injected recall per family
 * of the flags at or above the threshold, from out-of-fold confidences.
 *
 * The built-in corpus (three real machine translations, hand-marked in check-data/artefacts.gold.json) is kept out
 * of the fit: it is the only real machine translation there is, and fitted on it the model would learn three
 * documents. It bounds the threshold instead (check-data/golden-flags.ts): in each mode the golden test renders,
 * every marked artefact that some pair flag covers keeps a flag at or above the threshold, under the shipped fit.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/fit-flag-confidence.ts [--cache FILE] [--no-write] [--ridge R] [--injected-share S] [--group-cap N] [--min-hidden-fa-share F] [--drop a,b] [--no-family-prior] [--check-ridge R] [--oof FILE]
 *   --cache FILE   keep the dataset in FILE (read it back when present: the checks take a minute per pass)
 *   --drop a,b     leave these features out (to compare feature sets on one cache; the product still computes them)
 *   --oof FILE     write each reviewed flag's out-of-fold confidence (source, check, verdict) to FILE, to compare two fits source by source
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import dictionaryEs from "dictionary-es";
import dictionaryIt from "dictionary-it";
import dictionaryPt from "dictionary-pt";
import nspell from "nspell";
import { documentPt, loadDevCorpus, pairedShare, type DevVariant } from "@alinha/corpus/dev";
import material from "./check-data/inject-real-material.json" with { type: "json" };
import { injectDocument } from "./check-data/inject-real.ts";
import { checkRealText, englishFor, loadSpellers, MIN_PAIRED_SHARE, type TextFlag } from "./check-data/real-pipeline.ts";
import { flagKey, keyString, loadVerdicts } from "./check-data/reviewed-flags.ts";
import { checks, FLAG_CONFIDENCE_THRESHOLD, flagFeatures } from "../src/index.ts";
import { solveLinear } from "./solve-linear.ts";
import { LONE_BLOCK_CONFIDENCE } from "../src/check/omission/lone-block.ts";
import { goldenFlags, goldSpans, type GoldenFlag } from "./check-data/golden-flags.ts";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cacheFile = opt("--cache");
const SEEDS = [1, 2, 3];
/** Ridge on every weight but the bias. */
const RIDGE = Number(opt("--ridge") ?? 2);
/** Injected rows weigh this share of the reviewed genuine rows' total weight. */
const INJECTED_SHARE = Number(opt("--injected-share") ?? 1);
const ITERATIONS = 30;
/** Recall the threshold may cost, overall (injected, tune, cross-validated), and the floor of every family. */
const MAX_RECALL_LOSS = 0.005;
const FAMILY_FLOOR = 0.87;

/** One flag: its features (dense), its check, its label, and where it came from. */
interface Row { x: number[]; check: string; family: string; y: 0 | 1; source: string; variant: DevVariant; origin: "reviewed" | "injected" | "near" }
/** One injected artefact: the rows of the flags that catch it (empty with `byDocument`: a new document finding, always shown). */
interface Artefact { source: string; seed: number; family: string; rows: number[]; byDocument: boolean }
interface Dataset {
  featureNames: string[];
  rows: Row[];
  artefacts: Artefact[];
  /** Per source: words and variant; false-alarm document flags (always shown). */
  sources: Record<string, { words: number; variant: DevVariant; documentFalseAlarms: number; documentGenuine: number }>;
  /** Reviewed flags that had no verdict (should be 0 on the tune half). */
  unreviewed: number;
  /** Per injected near miss (a change that is no artefact): the rows of the pair flags over it (absent in a cache made before it was kept). */
  nearMisses?: number[][];
}

function buildDataset(): Dataset {
  const verdicts = loadVerdicts();
  const docs = loadDevCorpus({ half: "tune" });
  const spellers = loadSpellers();
  const hunspell = (d: { aff: Uint8Array; dic: Uint8Array }) => nspell({ aff: Buffer.from(d.aff), dic: Buffer.from(d.dic) });
  const stems = (d: { dic: Uint8Array }) => {
    const set = new Set(new TextDecoder().decode(d.dic).split("\n").slice(1).map((l) => l.split("/")[0]!.trim()).filter(Boolean));
    return { correct: (w: string) => set.has(w) };
  };
  const injectMaterial = { lists: material, es: hunspell(dictionaryEs), it: stems(dictionaryIt), pt: stems(dictionaryPt) };
  const overlaps = (f: { start: number; end: number }, s: { start: number; end: number }) => f.start < s.end && s.start < f.end;
  const data: Dataset = { featureNames: [], rows: [], artefacts: [], sources: {}, unreviewed: 0, nearMisses: [] };
  const push = (f: TextFlag, y: 0 | 1, source: string, variant: DevVariant, origin: Row["origin"]): number => {
    if (!data.featureNames.length) data.featureNames = Object.keys(f.features!);
    data.rows.push({ x: Object.values(f.features!), check: f.code, family: f.family, y, source, variant, origin });
    return data.rows.length - 1;
  };
  // The product weighs each pair flag before it groups a text repeated through the document into one finding
  // (src/check/repeated-findings.ts): the fit reads the pair flags such a finding stands for, not the finding.
  // A lone block's flag has the confidence its check gave it (src/check/omission/lone-block.ts), which the model
  // never scores: as a row it would teach the omission weight about flags the product hides whatever the fit says.
  const checkGiven = (f: TextFlag): boolean => f.code === "omission-empty-side" && f.confidence === LONE_BLOCK_CONFIDENCE;
  const weighed = (flags: TextFlag[]): TextFlag[] => flags.flatMap((f) => f.occurrences ?? [f]).filter((f) => !checkGiven(f));
  let n = 0;
  for (const doc of docs) {
    if (++n % 50 === 0) console.error(`… ${n}/${docs.length} documents`);
    const src = (data.sources[doc.source] ??= { words: 0, variant: doc.variant, documentFalseAlarms: 0, documentGenuine: 0 });
    src.words += doc.words;
    const pt = documentPt(doc);
    const en = englishFor(doc);
    const clean = weighed(checkRealText(pt, en, doc.variant, spellers, [], true));
    for (const f of clean) {
      const key = f.scope === "document" && f.end === 0 ? { doc: doc.id, code: f.code, text: f.text, before: "", after: "" } : flagKey(doc.id, f.code, pt, f.start, f.end, f.text);
      const verdict = verdicts.get(keyString(key));
      if (!verdict) { data.unreviewed++; continue; }
      if (f.scope === "document") {
        if (verdict === "false-alarm") src.documentFalseAlarms++;
        else src.documentGenuine++;
        continue;
      }
      push(f, verdict === "genuine" ? 1 : 0, doc.source, doc.variant, "reviewed");
    }
    const cleanCodes = new Set(clean.filter((f) => f.scope === "document").map((f) => f.code));
    for (const seed of SEEDS) {
      const injected = injectDocument(doc, { seed, withEnglish: pairedShare(doc) >= MIN_PAIRED_SHARE, material: injectMaterial });
      const flags = weighed(checkRealText(injected.pt, injected.en, doc.variant, spellers, [], true));
      const newDocumentFlags = flags.filter((f) => f.scope === "document" && !cleanCodes.has(f.code));
      const nearRows = new Map<TextFlag, number>();
      for (const span of injected.spans) {
        if (span.near) {
          const over: number[] = [];
          for (const f of flags) {
            if (f.scope !== "pair" || !overlaps(f, span)) continue;
            if (!nearRows.has(f)) nearRows.set(f, push(f, 0, doc.source, doc.variant, "near"));
            over.push(nearRows.get(f)!);
          }
          data.nearMisses!.push(over);
          continue;
        }
        const hits = flags.filter((f) => f.scope === "pair" && f.family === span.family && overlaps(f, span));
        const rows = hits.map((f) => push(f, 1, doc.source, doc.variant, "injected"));
        const byDocument = !hits.length && newDocumentFlags.some((f) => f.family === span.family);
        data.artefacts.push({ source: doc.source, seed, family: span.family, rows, byDocument });
      }
    }
  }
  return data;
}

const data: Dataset = cacheFile && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, "utf8")) : buildDataset();
if (cacheFile && !existsSync(cacheFile)) writeFileSync(cacheFile, JSON.stringify(data));
// A cache made before a feature was dropped from the product still holds its column: keep only the product's features.
{
  const probe = flagFeatures({ pt: "a" }, { code: "spelling-typo", family: "spelling", severity: "warning", start: 0, end: 1, text: "a", message: "" }, []);
  const keep = data.featureNames.map((n, k) => (n in probe ? k : -1)).filter((k) => k >= 0);
  const missing = Object.keys(probe).filter((n) => !data.featureNames.includes(n));
  if (missing.length) throw new Error(`the cache lacks the features ${missing.join(", ")}: rebuild it (no --cache, or a new file)`);
  const dropped = new Set((opt("--drop") ?? "").split(",").filter(Boolean));
  for (const name of dropped) if (!(name in probe)) throw new Error(`--drop: no feature ${name}`);
  const use = keep.filter((k) => !dropped.has(data.featureNames[k]!));
  if (use.length < data.featureNames.length) {
    data.featureNames = use.map((k) => data.featureNames[k]!);
    for (const r of data.rows) r.x = use.map((k) => r.x[k]!);
  }
}
const { rows, artefacts, featureNames } = data;
const checkIds = checks.map((c) => c.id as string);
const D = featureNames.length;
/**
 * Each check's weight is its family's plus its own, both under the ridge: a check with few reviewed flags is pulled
 * toward its family's weight rather than toward none (the shipped CHECK_WEIGHTS are the sums). Leave-one-source-out
 * AUC 0.685 → 0.688 and a higher threshold at the same recall (session 10); --no-family-prior fits the checks alone.
 */
const FAMILY_PRIOR = !args.includes("--no-family-prior");
/**
 * Ridge on each check's own weight, its departure from its family's (the family's, and the features', stay RIDGE).
 * The default is RIDGE because that is what the shipped weights were fitted with: a run without options reproduces them.
 * Lighter is better out of fold (leave-one-source-out on the tune half, session 11: AUC 0.673 → 0.677 at 0.5, false
 * alarms shown at the chosen threshold 339 → 331), but its golden bound fell to 0.189 (the MT's repeated lower-case "ia"),
 * so the shipped refit at 0.18 showed more false alarms than these weights at 0.24: try `--check-ridge 0.5` again once
 * that bound moves.
 */
const CHECK_RIDGE = Number(opt("--check-ridge") ?? RIDGE);
const familyOf = new Map(checks.map((c) => [c.id as string, c.family as string]));
const familyIds = FAMILY_PRIOR ? [...new Set(familyOf.values())].sort() : [];
const P = D + checkIds.length + familyIds.length;
const checkIndex = new Map(checkIds.map((id, k) => [id, D + k]));
const familyIndex = new Map(familyIds.map((f, k) => [f, D + checkIds.length + k]));
/** The one-hot weights a flag of `check` reads: its check's, and its family's with --family-prior. */
const hotsOf = (check: string): number[] => {
  const f = familyIndex.get(familyOf.get(check) ?? "");
  return f === undefined ? [checkIndex.get(check)!] : [checkIndex.get(check)!, f];
};
const hotWeight = (w: readonly number[], check: string): number => hotsOf(check).reduce((s, k) => s + (w[k] ?? 0), 0);
/**
 * A source's reviewed flags of one check come in clusters (one page's habit flagged forty times, all the same verdict); the test
 * half's false alarms are mostly singletons. Each (source, check) cluster weighs at most GROUP_CAP flags, so the fit learns
 * what recurs across sources, not one page's habit.
 */
const GROUP_CAP = Number(opt("--group-cap") ?? 1);

// Weights: a reviewed flag 1; an artefact's flags share its weight; the injected rows (artefact flags and near-miss
// flags) together INJECTED_SHARE of the reviewed genuine rows' weight.
const weights = new Array<number>(rows.length).fill(1);
const groupSize = new Map<string, number>();
for (const r of rows) if (r.origin === "reviewed") groupSize.set(`${r.source}\u0000${r.check}\u0000${r.y}`, (groupSize.get(`${r.source}\u0000${r.check}\u0000${r.y}`) ?? 0) + 1);
rows.forEach((r, k) => { if (r.origin === "reviewed") weights[k] = Math.min(1, GROUP_CAP / groupSize.get(`${r.source}\u0000${r.check}\u0000${r.y}`)!); });
for (const a of artefacts) for (const r of a.rows) weights[r] = 1 / a.rows.length;
const reviewedGenuine = rows.reduce((s, r, k) => s + (r.origin === "reviewed" && r.y === 1 ? weights[k]! : 0), 0);
const injectedWeight = rows.reduce((s, r, k) => s + (r.origin === "reviewed" ? 0 : weights[k]!), 0);
const scale = (INJECTED_SHARE * reviewedGenuine) / Math.max(1, injectedWeight);
rows.forEach((r, k) => { if (r.origin !== "reviewed") weights[k]! *= scale; });

/** L2 logistic regression by Newton's method (IRLS), as bench/fit-confidence.ts; the check is a one-hot kept sparse. */
function fit(use: readonly number[]): number[] {
  const w = new Array<number>(P).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const g = new Array<number>(P).fill(0);
    const h = Array.from({ length: P }, () => new Array<number>(P).fill(0));
    for (const k of use) {
      const r = rows[k]!;
      const hots = hotsOf(r.check);
      let s = 0;
      for (const c of hots) s += w[c]!;
      for (let a = 0; a < D; a++) s += r.x[a]! * w[a]!;
      const p = 1 / (1 + Math.exp(-s));
      const wt = weights[k]!;
      const gr = wt * (p - r.y);
      const hr = wt * p * (1 - p);
      for (let a = 0; a < D; a++) {
        const xa = r.x[a]!;
        if (!xa) continue;
        g[a]! += gr * xa;
        const ha = h[a]!;
        for (let b = 0; b < D; b++) ha[b]! += hr * xa * r.x[b]!;
        for (const c of hots) {
          ha[c]! += hr * xa;
          h[c]![a]! += hr * xa;
        }
      }
      for (const c of hots) {
        g[c]! += gr;
        for (const d of hots) h[c]![d]! += hr;
      }
    }
    for (let a = 1; a < P; a++) {
      const ridge = a >= D && a < D + checkIds.length ? CHECK_RIDGE : RIDGE;
      g[a]! += ridge * w[a]!;
      h[a]![a]! += ridge;
    }
    const step = solveLinear(h, g);
    for (let a = 0; a < P; a++) w[a]! -= step[a]!;
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

const predict = (w: number[], r: Row): number => {
  let s = hotWeight(w, r.check);
  for (let a = 0; a < D; a++) s += r.x[a]! * w[a]!;
  // As the product stores it: three places.
  return Math.round(1000 / (1 + Math.exp(-s))) / 1000;
};

// Leave one source out.
const sourceNames = Object.keys(data.sources).sort();
const outOfFold = new Array<number>(rows.length).fill(NaN);
for (const source of sourceNames) {
  const train = rows.flatMap((r, k) => (r.source === source ? [] : [k]));
  const held = rows.flatMap((r, k) => (r.source === source ? [k] : []));
  if (!held.length) continue;
  const w = fit(train);
  for (const k of held) outOfFold[k] = predict(w, rows[k]!);
}
const wAll = fit(rows.map((_, k) => k));

/** Area under the ROC curve of the reviewed flags (genuine against false alarm): 0.5 is chance. */
function auc(p: readonly number[]): number {
  const mine = rows.map((r, k) => [r, p[k]!] as const).filter(([r]) => r.origin === "reviewed");
  const pos = mine.filter(([r]) => r.y).map(([, v]) => v);
  const neg = mine.filter(([r]) => !r.y).map(([, v]) => v);
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}
const inSample = rows.map((r) => predict(wAll, r));

const words = { "pt-BR": 0, "pt-PT": 0 } as Record<DevVariant, number>;
const docFA = { "pt-BR": 0, "pt-PT": 0 } as Record<DevVariant, number>;
for (const s of Object.values(data.sources)) {
  words[s.variant] += s.words;
  docFA[s.variant] += s.documentFalseAlarms;
}
const families = [...new Set(artefacts.map((a) => a.family))].sort();

interface Point { t: number; fa: Record<DevVariant, number>; genuine: number; recall: number; byFamily: Record<string, number>; faByFamily: Record<string, Record<DevVariant, number>> }
function measure(p: readonly number[], t: number): Point {
  const fa = { ...docFA };
  const faByFamily: Record<string, Record<DevVariant, number>> = {};
  let genuine = 0;
  rows.forEach((r, k) => {
    if (r.origin !== "reviewed" || p[k]! < t) return;
    if (r.y) { genuine++; return; }
    fa[r.variant]++;
    (faByFamily[r.family] ??= { "pt-BR": 0, "pt-PT": 0 })[r.variant]++;
  });
  const caught = (a: Artefact) => a.byDocument || a.rows.some((k) => p[k]! >= t);
  const byFamily: Record<string, number> = {};
  for (const f of families) {
    const mine = artefacts.filter((a) => a.family === f);
    byFamily[f] = mine.filter(caught).length / mine.length;
  }
  return { t, fa, genuine, recall: artefacts.filter(caught).length / artefacts.length, byFamily, faByFamily };
}

const per1k = (n: number, w: number) => ((1000 * n) / w).toFixed(2);
const THRESHOLDS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const reviewedRows = rows.filter((r) => r.origin === "reviewed");
console.log(`Flag confidence, tune half only: ${reviewedRows.length} reviewed flags (${reviewedRows.filter((r) => !r.y).length} false alarms), ${artefacts.length} injected artefacts (seeds ${SEEDS.join(", ")}; ${rows.filter((r) => r.origin === "injected").length} artefact flags), ${rows.filter((r) => r.origin === "near").length} near-miss flags; ${sourceNames.length} sources; ${data.unreviewed} flags without a verdict; ridge ${RIDGE} (checks ${CHECK_RIDGE}), injected share ${INJECTED_SHARE}`);
console.log(`words pt-BR ${words["pt-BR"]}, pt-PT ${words["pt-PT"]}; document flags (always shown): ${docFA["pt-BR"] + docFA["pt-PT"]} false alarms`);
console.log(`reviewed flags, genuine against false alarm: AUC ${auc(outOfFold).toFixed(3)} leave-one-source-out, ${auc(inSample).toFixed(3)} in sample`);
{
  // Per family (reviewed flags of both verdicts): where a feature for one family shows itself.
  const fams = [...new Set(reviewedRows.map((r) => r.family))].sort();
  const parts: string[] = [];
  for (const f of fams) {
    const mine = rows.map((r, k) => [r, k] as const).filter(([r]) => r.origin === "reviewed" && r.family === f);
    const pos = mine.filter(([r]) => r.y).map(([, k]) => outOfFold[k]!);
    const neg = mine.filter(([r]) => !r.y).map(([, k]) => outOfFold[k]!);
    if (pos.length < 5 || neg.length < 5) continue;
    let wins = 0;
    for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
    parts.push(`${f} ${(wins / (pos.length * neg.length)).toFixed(3)} (${pos.length}/${neg.length})`);
  }
  console.log(`leave-one-source-out AUC by family (genuine/false alarms): ${parts.join(", ")}`);
}
const oofFile = opt("--oof");
if (oofFile) writeFileSync(oofFile, JSON.stringify(rows.flatMap((r, k) => (r.origin === "reviewed" ? [{ source: r.source, variant: r.variant, check: r.check, family: r.family, y: r.y, p: outOfFold[k] }] : []))));
const header = `thresh  FA/1k pt-BR  pt-PT  genuine  hiddenFA/hiddenGenuine  recall  ${families.map((f) => f.slice(0, 7).padStart(7)).join(" ")}`;
for (const [label, p] of [["leave-one-source-out (out-of-fold)", outOfFold], ["in-sample (the shipped model on its own training data)", inSample]] as const) {
  console.log(`\n${label}:`);
  console.log(header);
  for (const t of THRESHOLDS) {
    const m = measure(p, t);
        const b = measure(p, 0);
    const hiddenFa = b.fa["pt-BR"] + b.fa["pt-PT"] - m.fa["pt-BR"] - m.fa["pt-PT"];
    console.log(`${t.toFixed(2).padStart(6)}  ${per1k(m.fa["pt-BR"], words["pt-BR"]).padStart(11)}  ${per1k(m.fa["pt-PT"], words["pt-PT"]).padStart(5)}  ${String(m.genuine).padStart(7)}  ${`${hiddenFa}/${b.genuine - m.genuine}`.padStart(22)}  ${m.recall.toFixed(3).padStart(6)}  ${families.map((f) => m.byFamily[f]!.toFixed(3).padStart(7)).join(" ")}`);
  }
}

// The default: the highest threshold whose cross-validated recall loses at most MAX_RECALL_LOSS and keeps every family at
// FAMILY_FLOOR or more (or where it was, if it was lower), in sample as well as out of fold.
const base = measure(outOfFold, 0);
const baseIn = measure(inSample, 0);
const ok = (m: Point, b: Point) => b.recall - m.recall <= MAX_RECALL_LOSS + 1e-9 && families.every((f) => m.byFamily[f]! >= Math.min(FAMILY_FLOOR, b.byFamily[f]!) - 1e-9);
const GRID = Array.from({ length: 81 }, (_, k) => k * 0.01);
/**
 * And the reviewed flags the threshold hides (out of fold) must be false alarms at least half the time: injected recall alone
 * does not see the genuine flags of real text that look unlike an injected artefact, and a screen that hides more genuine
 * findings than false alarms has made the reviewer's page worse.
 */
const MIN_HIDDEN_FA_SHARE = Number(opt("--min-hidden-fa-share") ?? 0.5);
const hiddenFaShare = (m: Point) => {
  const fa = base.fa["pt-BR"] + base.fa["pt-PT"] - m.fa["pt-BR"] - m.fa["pt-PT"];
  const all = fa + base.genuine - m.genuine;
  return all ? fa / all : 1;
};
// The golden bound: the shipped fit's confidence of every pair flag on the built-in corpus, as the product stores it.
const golden: GoldenFlag[] = goldenFlags();
const gold = goldSpans();
const goldenConfidence = golden.map((g) => {
  let s = hotWeight(wAll, g.code);
  featureNames.forEach((n, a) => { s += (g.features[n] ?? 0) * wAll[a]!; });
  return Math.round(1000 / (1 + Math.exp(-s))) / 1000;
});
/** Per mode and marked artefact its flags cover: the best of their confidences (the artefact stays shown up to it). */
const artefactBest = new Map<string, { best: number; mode: string; artefact: number }>();
golden.forEach((g, k) => {
  for (const a of g.artefacts) {
    const key = `${g.mode}\u0000${a}`;
    const was = artefactBest.get(key);
    if (!was || goldenConfidence[k]! > was.best) artefactBest.set(key, { best: goldenConfidence[k]!, mode: g.mode, artefact: a });
  }
});
const ceiling = [...artefactBest.values()].reduce((m, v) => (v.best < m.best ? v : m), { best: Infinity, mode: "", artefact: -1 });
const goldenOk = (t: number) => ceiling.best >= t;
console.log(`\ngolden (built-in corpus, ${golden.length} pair flags in 4 modes, ${golden.filter((g) => g.artefacts.length).length} on marked artefacts): the threshold may be at most ${ceiling.best} (${ceiling.mode}: ${JSON.stringify(gold[ceiling.artefact]?.text)}, ${gold[ceiling.artefact]?.doc})`);

const chosen = GRID.filter((t) => goldenOk(t) && ok(measure(outOfFold, t), base) && ok(measure(inSample, t), baseIn) && hiddenFaShare(measure(outOfFold, t)) >= MIN_HIDDEN_FA_SHARE).reduce((a, b) => Math.max(a, b), 0);
const at = measure(outOfFold, chosen);
if (data.nearMisses) {
  const flagged = (p: readonly number[], t: number) => data.nearMisses!.filter((rs) => rs.some((k) => p[k]! >= t)).length;
  const n = data.nearMisses.length;
  console.log(`near misses flagged (cross-validated): ${flagged(outOfFold, 0)} of ${n} (${((100 * flagged(outOfFold, 0)) / n).toFixed(1)} %) → ${flagged(outOfFold, chosen)} (${((100 * flagged(outOfFold, chosen)) / n).toFixed(1)} %) at ${chosen.toFixed(2)}`);
}
{
  const hidden = golden.map((g, k) => [g, goldenConfidence[k]!] as const).filter(([, c]) => c < chosen);
  const onArtefact = hidden.filter(([g]) => g.artefacts.length);
  const lost = [...artefactBest.values()].filter((v) => v.best < chosen);
  console.log(`golden at ${chosen.toFixed(2)}: ${hidden.length} of ${golden.length} pair flags hidden, ${onArtefact.length} of them on a marked artefact; marked artefacts left with no shown flag in a mode: ${lost.length}`);
  for (const [g, c] of onArtefact) console.log(`  hidden on an artefact (another flag shows it): ${g.doc} ${g.mode} ${g.code} ${JSON.stringify(g.text.slice(0, 60))} ${c}`);
  const before = golden.filter((g) => g.confidence < FLAG_CONFIDENCE_THRESHOLD).length;
  console.log(`  (the coefficients in the tree hide ${before} at ${FLAG_CONFIDENCE_THRESHOLD})`);
}
console.log(`\nchosen threshold ${chosen.toFixed(2)}: cross-validated FA/1k pt-BR ${per1k(base.fa["pt-BR"], words["pt-BR"])} → ${per1k(at.fa["pt-BR"], words["pt-BR"])}, pt-PT ${per1k(base.fa["pt-PT"], words["pt-PT"])} → ${per1k(at.fa["pt-PT"], words["pt-PT"])}; genuine shown ${base.genuine} → ${at.genuine} (hidden flags ${(100 * hiddenFaShare(at)).toFixed(0)} % false alarms); recall ${base.recall.toFixed(3)} → ${at.recall.toFixed(3)}`);
console.log("by family at the chosen threshold (cross-validated): FA/1k pt-BR all → shown | pt-PT all → shown | recall all → shown");
for (const f of [...new Set([...families, ...Object.keys(base.faByFamily)])].sort()) {
  const a = base.faByFamily[f] ?? { "pt-BR": 0, "pt-PT": 0 };
  const b = at.faByFamily[f] ?? { "pt-BR": 0, "pt-PT": 0 };
  const r = families.includes(f) ? `${base.byFamily[f]!.toFixed(3)} → ${at.byFamily[f]!.toFixed(3)}` : "–";
  console.log(`  ${f.padEnd(13)} ${per1k(a["pt-BR"], words["pt-BR"])} → ${per1k(b["pt-BR"], words["pt-BR"])} | ${per1k(a["pt-PT"], words["pt-PT"])} → ${per1k(b["pt-PT"], words["pt-PT"])} | ${r}`);
}
console.log("by check at the chosen threshold (cross-validated): FA flags all → shown, genuine all → shown");
for (const id of checkIds) {
  const mine = rows.map((r, k) => [r, k] as const).filter(([r]) => r.origin === "reviewed" && r.check === id);
  if (!mine.length) continue;
  const fa = mine.filter(([r]) => !r.y);
  const gen = mine.filter(([r]) => r.y);
  console.log(`  ${id.padEnd(28)} ${String(fa.length).padStart(4)} → ${String(fa.filter(([, k]) => outOfFold[k]! >= chosen).length).padStart(4)}   ${String(gen.length).padStart(4)} → ${String(gen.filter(([, k]) => outOfFold[k]! >= chosen).length).padStart(4)}`);
}

const WHY: Record<string, string> = {
  bias: "intercept",
  englishAbsent: "1 when the document has no English at all",
  pairOneSided: "1 when the pair has text on one side only",
  pairWords: "log(1 + words of the pair's Portuguese)",
  lengthApart: "|log| of the Portuguese/English length ratio (with 10 characters added to each), capped at 2",
  spanChars: "log(1 + characters of the flagged span)",
  spanShare: "share of the pair's Portuguese the span covers",
  spanDigit: "1 when the span holds a digit",
  spanInnerCapital: "1 when the span has a capital after a lower-case letter (camelCase, iTunes)",
  spanLiteralMark: "1 when the span holds _ / \\ = < > { } [ ] | @ # $ % * ~ ` or a dot before a letter",
  spanAllCapitals: "1 when the span's letters (two or more) are all capitals",
  spanInEnglish: "1 when the span appears as it is in the pair's English",
  literalShare: "share of the pair's Portuguese inside literal spans (normalize/literal-spans.ts)",
  nearLiteral: "1 when the span touches or lies within two characters of a literal span",
  symbolShare: "share of the pair's non-space characters that are neither letters nor digits",
  otherFlags: "log(1 + the pair's other flags)",
  otherFamily: "1 when another family flagged the pair too",
  headingLike: "1 for a pair of 1–10 words without a final stop (a heading, a label, a table cell)",
  listItem: "1 when the pair opens with a list mark (-, *, •, 1., a))",
  lineOfBlock: "1 when a single line break separates the pair from its neighbour (a listing, a synopsis, a table)",
  oneSidedBeside: "how many of the two pairs beside it are one-sided (0–2)",
  suggestion: "1 when the flag offers a replacement",
  suggestionDistance: "edit distance from the span to its suggestion over the span's length (short spans only), capped at 1",
  spanCapitalStart: "1 when the span starts with a capital",
  spanWords: "log(1 + words of the span)",
  neighbourEcho: "one-sided pairs: share of the text's tokens of 4+ characters that the neighbouring pairs' other side holds",
  omissionWords: "omission flags: log(1 + words of the pair's Portuguese)",
  omissionEcho: "omission flags: neighbourEcho",
  omissionHeading: "omission flags: headingLike",
  casingLine: "casing flags: the pair is a line of a block or a list item",
  punctuationCode: "punctuation flags: symbolShare",
  omissionBeside: "omission flags: oneSidedBeside (a passage beside other one-sided pairs; other families' flags there are page furniture as often as not)",
  omissionEnglishOnly: "omission flags: 1 when the pair has English only (the Portuguese lacks it)",
  omissionSideWords: "omission flags on a one-sided pair: log(1 + words of the side that has text)",
  spanRepeats: "one-word spelling, untranslated, foreign, casing and variant flags: log of how often the word occurs in the document (exact case)",
};
const fmt = (v: number) => v.toFixed(4);
const out = `// Generated by bench/fit-flag-confidence.ts: do not edit; rerun it after changing the checks.
// L2 logistic regression (ridge ${RIDGE}, on each check's departure from its family ${CHECK_RIDGE}) of "a reviewer calls the flag genuine", fitted on the TUNING half only:
// ${reviewedRows.length} reviewed flags (${reviewedRows.filter((r) => !r.y).length} false alarms) and the flags over
// ${artefacts.length} injected artefacts and near misses of seeds ${SEEDS.join("–")} (together weighing ${INJECTED_SHARE}× the reviewed genuine flags).
// Leave-one-source-out over ${sourceNames.length} sources: at ${chosen.toFixed(2)}, FA/1k pt-BR ${per1k(base.fa["pt-BR"], words["pt-BR"])} → ${per1k(at.fa["pt-BR"], words["pt-BR"])}, pt-PT ${per1k(base.fa["pt-PT"], words["pt-PT"])} → ${per1k(at.fa["pt-PT"], words["pt-PT"])}, injected recall ${base.recall.toFixed(3)} → ${at.recall.toFixed(3)}.

/** Log-odds per unit of each feature (check/flag-confidence.ts computes them). */
export const FEATURE_WEIGHTS = {
${featureNames.map((k, i) => `  /** ${WHY[k] ?? k} */\n  ${k}: ${fmt(wAll[i]!)},`).join("\n")}
};

/** Log-odds added for the flag's check: its family's weight plus its own (the family's alone for a check the data never saw flag anything). */
export const CHECK_WEIGHTS: Record<string, number> = {
${checkIds.map((id) => `  "${id}": ${fmt(hotWeight(wAll, id))},`).join("\n")}
};

/** The default threshold: flags under it are low-confidence (shown on demand). */
export const SHOWN_THRESHOLD = ${chosen.toFixed(2)};
`;
if (!args.includes("--no-write")) {
  writeFileSync(fileURLToPath(new URL("../src/check/flag-confidence-coefficients.ts", import.meta.url)), out);
  console.log("\nwrote src/check/flag-confidence-coefficients.ts");
}
console.log(out);
