import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { getDocument, listDocuments } from "@alinha/corpus";
import { alignDocument, checkInputs, checks, createSpeller, checkDocument } from "../src/index.ts";
import { literalSpans } from "../src/normalize/literal-spans.ts";
import { looksLikeCode } from "../src/check/text/looks-like-code.ts";
const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) };
const all = listDocuments().flatMap((m) => { const d = getDocument(m.id); const r = alignDocument(d.pt, d.en || undefined, { check: { variant: "pt-BR", terms: [], disabled: checks.map((c) => c.id) } }); return checkInputs(r.pairs, Boolean(d.en), d.pt); });
const ctx = { variant: "pt-BR" as const, terms: [], spellers, };
checkDocument(all.map((i) => ({ ...i })), ctx);
for (const c of checks) {
  const t = performance.now();
  for (let r = 0; r < 3; r++) { if (c.runDocument) c.runDocument(all.map((i) => ({ ...i })), ctx as never); else for (const i of all) c.run!({ ...i }, ctx as never); }
  console.log(c.id.padEnd(28), ((performance.now() - t) / 3).toFixed(1), "ms");
}
let t = performance.now(); for (let r = 0; r < 3; r++) for (const i of all) literalSpans(i.pt + " "); console.log("literalSpans", ((performance.now() - t) / 3).toFixed(1));
t = performance.now(); for (let r = 0; r < 3; r++) for (const i of all) looksLikeCode(i.pt); console.log("looksLikeCode", ((performance.now() - t) / 3).toFixed(1));
