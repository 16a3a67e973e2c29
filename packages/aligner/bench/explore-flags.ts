// Scratch: flags on the dev corpus tuning half, grouped by check (not committed).
import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { loadDevCorpus, documentPt, documentEn } from "@alinha/corpus/dev";
import { alignDocument, createSpeller } from "../src/index.ts";
const half = (process.argv[2] ?? "tune") as "tune" | "test";
const only = process.argv[3];
import { loadSpellers } from "./check-data/real-pipeline.ts";
const spellers = loadSpellers();
const docs = loadDevCorpus({ half, ...(process.env.SRC ? { sources: process.env.SRC.split(",") } : {}) });
let words = 0; const byCode = new Map<string, string[]>();
const wc = (t: string) => t.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
for (const d of docs) {
  const pt = documentPt(d); const en = process.env.ALL_EN ? documentEn(d) : (d.blocks.some((b) => b.en !== undefined) ? d.blocks.map((b) => b.en ?? "").join("\n\n") : undefined);
  words += wc(pt);
  const r = alignDocument(pt, en, { check: { variant: d.variant, terms: [], spellers } });
  for (const f of r.documentFlags) (byCode.get(f.code) ?? byCode.set(f.code, []).get(f.code)!).push(`${d.id} DOC ${f.text.slice(0, 60)}`);
  for (const p of r.pairs) for (const f of p.flags) {
    const ctx = pt.slice(Math.max(0, f.start - 50), f.end + 50).replace(/\n/g, "¶");
    (byCode.get(f.code) ?? byCode.set(f.code, []).get(f.code)!).push(`${d.id} [${f.text}] ${f.suggestion ? "→"+f.suggestion : ""} :: ${ctx}`);
  }
}
let total = 0; for (const v of byCode.values()) total += v.length;
console.log(`${docs.length} docs, ${words} words, ${total} flags = ${(1000*total/words).toFixed(2)}/1000`);
for (const [c, v] of [...byCode].sort((a, b) => b[1].length - a[1].length)) console.log(`${c}: ${v.length} (${(1000*v.length/words).toFixed(2)})`);
for (const [c, v] of byCode) if (!only || c === only || only === "all") { console.log(`\n## ${c}`); const src = new Map<string, number>(); for (const l of v) { const k = l.split("/")[0]!; src.set(k, (src.get(k) ?? 0) + 1); } console.log("  by source: " + [...src].map(([k, n]) => `${k} ${n}`).join(", ")); const step = Math.max(1, Math.floor(v.length / 40)); for (let i = 0; i < v.length; i += step) console.log("  " + v[i]); }
