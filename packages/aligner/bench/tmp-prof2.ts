import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { getDocument, listDocuments } from "@alinha/corpus";
import { alignDocument, checkInputs, checks, createSpeller, checkDocument } from "../src/index.ts";
const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) };
const docs = listDocuments().map((m) => { const d = getDocument(m.id); const r = alignDocument(d.pt, d.en || undefined, { check: { variant: "pt-BR", terms: [], disabled: checks.map((c) => c.id) } }); return checkInputs(r.pairs, Boolean(d.en), d.pt); });
const ids = checks.map((c) => c.id);
const run = (disabled: string[]) => { const t = performance.now(); const u = process.cpuUsage(); for (let r = 0; r < 5; r++) for (const d of docs) checkDocument(d.map((i) => ({ ...i })), { variant: "pt-BR", terms: [], spellers, disabled }); const c = process.cpuUsage(u); return (c.user + c.system) / 5000; };
run([]);
const all = run([]);
console.log("all checks CPU ms", all.toFixed(1), "none", run(ids).toFixed(1));

