import dictionaryEn from "dictionary-en";
import dictionaryPt from "dictionary-pt";
import { getDocument, listDocuments } from "@alinha/corpus";
import { alignDocument, checkInputs, checks, createSpeller, checkDocument } from "../src/index.ts";
const spellers = { pt: createSpeller(dictionaryPt), en: createSpeller(dictionaryEn) };
const docs = listDocuments().map((m) => { const d = getDocument(m.id); const r = alignDocument(d.pt, d.en || undefined, { check: { variant: "pt-BR", terms: [], disabled: checks.map((c) => c.id) } }); return checkInputs(r.pairs, Boolean(d.en), d.pt); });
for (let r = 0; r < 30; r++) for (const d of docs) checkDocument(d.map((i) => ({ ...i })), { variant: "pt-BR", terms: [], spellers });
