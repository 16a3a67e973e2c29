import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel } from "docx";
import type { BitextPair } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { withoutCodes } from "./inline-codes.ts";
import { selectPairs } from "./select-pairs.ts";
import { writeCleanText } from "./write-clean-text.ts";
import { toWellFormed } from "./xml-escape.ts";

/** Word does not open a document with a C0 control in it: they are extraction debris anyway. */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g;
const clean = (text: string) => toWellFormed(text).replace(CONTROL, "");

/**
 * The clean Portuguese as a Word document: the paragraphs the clean-text export makes (junk and
 * omissions left out), one Word paragraph each. docx builds the document in memory.
 */
export async function writeDocxClean(pairs: Iterable<BitextPair>, meta: BitextMeta): Promise<Uint8Array> {
  const text = [...writeCleanText([...pairs].map((p) => ({ ...p, pt: withoutCodes(p.pt, p.codes) })), meta)].join("");
  const paragraphs = text.split("\n\n").map((p) => p.trim()).filter((p) => p !== "");
  const doc = new Document({
    creator: "Alinha",
    title: meta.title,
    sections: [{ children: [new Paragraph({ text: clean(meta.title), heading: HeadingLevel.TITLE }), ...paragraphs.map((p) => new Paragraph({ children: [new TextRun(clean(p))] }))] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const cell = (text: string, bold = false) =>
  new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: clean(text), bold })] })] });

/** English and Portuguese side by side, one table row per pair, as a reviewer prints it. */
export async function writeDocxSideBySide(pairs: Iterable<BitextPair>, meta: BitextMeta): Promise<Uint8Array> {
  const rows = [new TableRow({ tableHeader: true, children: [cell("English", true), cell(`Português (${meta.variant})`, true)] })];
  for (const { pair } of selectPairs(pairs, meta.scope)) rows.push(new TableRow({ children: [cell(withoutCodes(pair.en, pair.codes)), cell(withoutCodes(pair.pt, pair.codes))] }));
  const doc = new Document({
    creator: "Alinha",
    title: meta.title,
    sections: [{ children: [new Paragraph({ text: clean(meta.title), heading: HeadingLevel.TITLE }), new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
