/**
 * The omission check's flags on lone sentences, each with its reviewed verdict, the pairs around it and
 * the evidence the neighbour tests of check/omission/counterpart.ts weigh (session 12 diagnosis): for the
 * pair before and after, the lengths' distance from a translation's (Gale & Church z) without and with
 * the lone text, how many of the lone text's content words the neighbour's other side says, how many of
 * the other side's its own side says, alone and with the lone text added. A reader sorts a 2:1 the aligner
 * made 1:1 + 1:0 from an addition by these; the last line counts the flags by verdict.
 * Only the omission checks run, so it takes a minute on a half where checks-real.ts takes several.
 * Run: pnpm --filter @alinha/aligner exec tsx bench/omission-neighbours.ts [--half tune] [--sources a,b]
 *        [--verdict false-alarm|genuine|unreviewed|all]
 *        [--json (a JSON line of the figures per flag, for a script)]
 */
import { documentPt, loadDevCorpus, type DevHalf } from "@alinha/corpus/dev";
import { englishFor, loadSpellers } from "./check-data/real-pipeline.ts";
import { alignDocument, checkDocument, checkInputs, checks } from "../src/index.ts";
import { flagKey, keyString, loadVerdicts } from "./check-data/reviewed-flags.ts";
import { coverage } from "../src/check/omission/counterpart.ts";
import { lengthZ } from "../src/align/length-cost.ts";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const half = (opt("--half") ?? "tune") as DevHalf;
const sources = opt("--sources")?.split(",");
const verdictWanted = opt("--verdict") ?? "all";
const code = "omission-empty-side";
const reviewed = loadVerdicts();
const spellers = loadSpellers();
const docs = loadDevCorpus({ half, ...(sources ? { sources } : {}) });
const omissionChecks = new Set(["omission-empty-side", "omission-length-ratio"]);
const json = args.includes("--json");
const counts = new Map<string, number>();
const cov = (t: string, l: "pt" | "en", o: string, ol: "pt" | "en") => { const c = coverage(t, l, o, ol); return `${c.found}/${c.words}${c.distinctMissing ? ` d${c.distinctMissing}` : ""}`; };
const s = (t: string | undefined) => JSON.stringify((t ?? "").slice(0, 220));
for (const doc of docs) {
  const pt = documentPt(doc);
  const en = englishFor(doc);
  if (en === undefined) continue;
  const result = alignDocument(pt, en, { check: { variant: doc.variant, terms: [], disabled: checks.map((c) => c.id) } });
  const inputs = checkInputs(result.pairs, true, pt);
  const { pairFlags } = checkDocument(inputs, { variant: doc.variant, terms: [], spellers, disabled: checks.map((c) => c.id).filter((id) => !omissionChecks.has(id)) });
  let lastEnd = 0;
  result.pairs.forEach((pair, k) => {
    const base = pair.pt[0]?.[0] ?? lastEnd;
    lastEnd = pair.pt[pair.pt.length - 1]?.[1] ?? lastEnd;
    for (const f of pairFlags[k] ?? []) {
      if (f.code !== code) continue;
      let s0 = base + f.start, e0 = base + f.end;
      if (pt.slice(s0, e0) !== f.text) { const at = pt.indexOf(f.text, base); if (at >= 0) { s0 = at; e0 = at + f.text.length; } }
      const verdict = reviewed.get(keyString(flagKey(doc.id, f.code, pt, s0, e0, f.text))) ?? "unreviewed";
      if (verdictWanted !== "all" && verdict !== verdictWanted) continue;
      const input = inputs[k]!;
      const side = input.pt.trim() ? "pt" : "en";
      const text = (side === "pt" ? input.pt : input.en ?? "").trim();
      console.log(`\n### ${doc.id} [${verdict}] side ${side} k=${k}`);
      for (const j of [k - 2, k - 1, k, k + 1, k + 2]) {
        const p = inputs[j];
        if (!p) continue;
        console.log(`  ${j === k ? ">" : " "}${j - k} PT ${s(p.pt)}\n      EN ${s(p.en)}`);
      }
      const other = side === "pt" ? "en" : "pt";
      const feats: Record<string, unknown>[] = [];
      for (const [name, j] of [["prev", k - 1], ["next", k + 1]] as const) {
        const p = inputs[j];
        if (!p) continue;
        const own = (side === "pt" ? p.pt : p.en ?? "").trim();
        const oth = (side === "pt" ? p.en ?? "" : p.pt).trim();
        if (!own || !oth) { console.log(`  ${name}: one-sided`); feats.push({ name, oneSided: true }); continue; }
        const [ptl, enl] = side === "pt" ? [own.length, oth.length] : [oth.length, own.length];
        const [ptl2, enl2] = side === "pt" ? [own.length + text.length + 1, oth.length] : [oth.length, own.length + text.length + 1];
        const other2 = coverage(oth, other, own, side), other3 = coverage(oth, other, `${own} ${text}`, side);
        const tIn = coverage(text, side, oth, other), ownIn = coverage(own, side, oth, other);
        const parts = oth.split(/(?<=[:;])\s+|(?<=[.!?])\s+(?=\p{Lu})|,\s+|\s+(?=\()|(?<=\))\s+/u).filter((x) => x.trim());
        const edge = (name === "prev" ? parts[parts.length - 1] : parts[0]) ?? "";
        const rest = name === "prev" ? parts.slice(0, -1).join(" ") : parts.slice(1).join(" ");
        const edgeCov = coverage(edge, other, own, side), edgeByText = coverage(edge, other, text, side), restCov = rest ? coverage(rest, other, own, side) : { found: 0, words: 0, distinctMissing: 0 };
        feats.push({ name, parts: parts.length, edge, edgeWords: edgeCov.words, edgeByOwn: edgeCov.found, edgeDistinctMissing: edgeCov.distinctMissing, edgeByText: edgeByText.found, restWords: restCov.words, restByOwn: restCov.found, zb: lengthZ(ptl, enl), za: lengthZ(ptl2, enl2), ownShort: side === "pt" ? ptl * 0.93 < enl : enl < ptl * 0.93, otherWords: other2.words, otherByOwn: other2.found, otherByOwnText: other3.found, textWords: tIn.words, textIn: tIn.found, ownWords: ownIn.words, ownIn: ownIn.found, textLen: text.length, ownLen: own.length, othLen: oth.length });
        console.log(`  ${name}: z ${lengthZ(ptl, enl).toFixed(2)} -> ${lengthZ(ptl2, enl2).toFixed(2)}; text in other ${cov(text, side, oth, other)}; own in other ${cov(own, side, oth, other)}; other by own ${other2.found}/${other2.words} by own+text ${other3.found}/${other3.words}`);
      }
      counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
      if (json) console.log("JSON " + JSON.stringify({ doc: doc.id, verdict, side, text, feats }));
    }
  });
}
console.log(`\n${code} flags on lone sentences, ${half} half: ${[...counts].map(([v, n]) => `${v} ${n}`).join(", ") || "none"}`);
