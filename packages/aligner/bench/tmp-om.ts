import { loadDevCorpus, documentPt } from "@alinha/corpus/dev";
import { checkRealText, englishFor, loadSpellers } from "./check-data/real-pipeline.ts";
const spellers = loadSpellers();
let n = 0;
for (const doc of loadDevCorpus({ half: "tune" })) {
  const pt = documentPt(doc); const en = englishFor(doc); if (!en) continue;
  const starts: number[] = []; let at = 0; for (const b of doc.blocks) { starts.push(at); at += b.pt.length + 2; }
  for (const f of checkRealText(pt, en, doc.variant, spellers)) {
    if (f.code !== "omission-empty-side") continue;
    let k = 0; while (k + 1 < starts.length && starts[k + 1]! <= f.start) k++;
    const b = doc.blocks[k]!; if (b.en === undefined) continue;
    if (n++ % 6 === 0) console.log(`${doc.id} [${f.text.slice(0, 70)}]\n   PT: ${b.pt.slice(0, 160)}\n   EN: ${b.en.slice(0, 160)}`);
  }
}
console.log(n);
