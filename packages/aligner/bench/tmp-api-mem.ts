// Not committed: what an API import of a file at the 5 MB upload cap holds (pairs gathered + documentFromBitext).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { documentFromBitext, serializeBitext, streamImportFile, type BitextPair } from "../src/index.ts";
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const live = () => { gc(); gc(); const m = process.memoryUsage(); return m.heapUsed + m.external; };
const format = process.argv[2] as "tmx" | "csv";
const make = (n: number) => Buffer.from([...serializeBitext(format, Array.from({ length: n }, (_, i) => ({ id: `p${i}`, en: `Sentence ${i}: Noah Smith said "R&D costs rose 5%" and left.`, pt: `Frase ${i}: Noé Smith disse "custos de P&D subiram 5%" e saiu.`, status: "new" as const })), { title: "t", variant: "pt-BR", scope: "all" })].join(""));
let n = 1000; while (make(n * 2).length < 5 * 2 ** 20) n *= 2;
let lo = n, hi = n * 2; while (hi - lo > 200) { const mid = (lo + hi) >> 1; if (make(mid).length < 5 * 2 ** 20) lo = mid; else hi = mid; }
const bytes = make(lo);
const before = live();
const pairs: BitextPair[] = [];
streamImportFile(bytes, (p) => void pairs.push(p));
const afterRead = live();
const json = JSON.stringify({ bitext: { pairs } });
const afterJson = live();
const doc = documentFromBitext(pairs);
const afterDoc = live();
const mib = (b: number) => (b / 2 ** 20).toFixed(1);
console.log(`${format} ${(bytes.length / 2 ** 20).toFixed(1)} MiB, ${lo} pairs: pairs ${mib(afterRead - before)} MiB, + job input JSON ${mib(afterJson - afterRead)} MiB, + checked document ${mib(afterDoc - afterJson)} MiB; total ${mib(afterDoc - before)} MiB`, doc.result.pairs.length, json.length > 0);
