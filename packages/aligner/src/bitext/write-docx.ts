import archiver from "archiver";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { Readable, type Writable } from "node:stream";
import type { BitextPair } from "../types.ts";
import type { BitextMeta } from "./bitext-meta.ts";
import { withoutCodes } from "./inline-codes.ts";
import { selectPairs } from "./select-pairs.ts";
import { writeCleanText } from "./write-clean-text.ts";
import { toWellFormed } from "./xml-escape.ts";

/** Word does not open a document with a C0 control in it: they are extraction debris anyway. */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g;
const escapeText = (text: string) => toWellFormed(text).replace(CONTROL, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const clean = (text: string) => toWellFormed(text).replace(CONTROL, "");

/**
 * Stand-ins docx writes where each pair's text goes. They are found in its document.xml, which is
 * then cut around them: docx makes the package (styles, settings, properties) and the XML of one
 * paragraph or row, and the pairs are streamed through that XML. Building all 100,000 rows as
 * docx objects took 20 s and grew the heap with the document.
 */
const MARK = { text: "@@ALINHA_TEXT_7f3a@@", en: "@@ALINHA_EN_7f3a@@", pt: "@@ALINHA_PT_7f3a@@" } as const;
/** The paragraph or row holding the stand-ins, split at them, and the document around it. */
interface Template {
  files: Record<string, Uint8Array>;
  before: string;
  repeat: string[];
  after: string;
}

const BATCH_CHARS = 1 << 16;

async function template(doc: Document, element: "w:p" | "w:tr", marks: string[]): Promise<Template> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  const xml = strFromU8(files["word/document.xml"]!);
  const first = xml.indexOf(marks[0]!);
  const start = Math.max(xml.lastIndexOf(`<${element}>`, first), xml.lastIndexOf(`<${element} `, first));
  const end = xml.indexOf(`</${element}>`, first) + element.length + 3;
  if (first < 0 || start < 0 || end < first) throw new Error(`docx template: no <${element}> around the stand-in`);
  const pattern = new RegExp(marks.join("|"));
  return { files, before: xml.slice(0, start), repeat: xml.slice(start, end).split(pattern), after: xml.slice(end) };
}

/** The document body in chunks of about 64 KiB: the template's repeated part filled with each text. */
function* body(t: Template, texts: Iterable<string[]>): Generator<Buffer> {
  let chunk = t.before;
  for (const values of texts) {
    chunk += t.repeat[0];
    for (let i = 0; i < values.length; i++) chunk += escapeText(values[i]!) + t.repeat[i + 1];
    if (chunk.length >= BATCH_CHARS) {
      yield Buffer.from(chunk);
      chunk = "";
    }
  }
  yield Buffer.from(chunk + t.after);
}

/** Zips the template's other parts and the streamed document.xml into `stream` (zlib, as Word does). */
async function pack(t: Template, texts: Iterable<string[]>, stream: Writable): Promise<void> {
  const zip = archiver("zip", { zlib: { level: 6 } });
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
    zip.on("error", reject);
  });
  zip.pipe(stream);
  for (const [name, data] of Object.entries(t.files)) {
    if (name === "word/document.xml") zip.append(Readable.from(body(t, texts), { highWaterMark: 2 }), { name }); // two 64 KiB chunks ahead of zlib at most
    else zip.append(Buffer.from(data), { name });
  }
  await zip.finalize();
  await done;
}

const titled = (meta: BitextMeta, children: (Paragraph | Table)[]) =>
  new Document({ creator: "Alinha", title: meta.title, sections: [{ children: [new Paragraph({ text: clean(meta.title), heading: HeadingLevel.TITLE }), ...children] }] });

/** The paragraphs of the clean-text export (junk and omissions left out), one at a time. */
function* cleanParagraphs(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string[]> {
  const ptAlone = function* () {
    for (const p of pairs) yield { ...p, pt: withoutCodes(p.pt, p.codes) };
  };
  let pending = "";
  const done = (p: string) => p.trim() !== "";
  for (const chunk of writeCleanText(ptAlone(), meta)) {
    pending += chunk;
    for (let cut = pending.indexOf("\n\n"); cut >= 0; cut = pending.indexOf("\n\n")) {
      const paragraph = pending.slice(0, cut);
      pending = pending.slice(cut + 2);
      if (done(paragraph)) yield [paragraph.trim()];
    }
  }
  if (done(pending)) yield [pending.trim()];
}

/** The clean Portuguese as a Word document: one Word paragraph per paragraph of the text. */
export async function writeDocxClean(pairs: Iterable<BitextPair>, meta: BitextMeta, stream: Writable): Promise<void> {
  const t = await template(titled(meta, [new Paragraph({ children: [new TextRun(MARK.text)] })]), "w:p", [MARK.text]);
  await pack(t, cleanParagraphs(pairs, meta), stream);
}

const cell = (text: string, bold = false) =>
  new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: clean(text), bold })] })] });

function* sideBySideRows(pairs: Iterable<BitextPair>, meta: BitextMeta): Generator<string[]> {
  for (const { pair } of selectPairs(pairs, meta.scope)) yield [withoutCodes(pair.en, pair.codes), withoutCodes(pair.pt, pair.codes)];
}

/** English and Portuguese side by side, one table row per pair, as a reviewer prints it. */
export async function writeDocxSideBySide(pairs: Iterable<BitextPair>, meta: BitextMeta, stream: Writable): Promise<void> {
  const header = new TableRow({ tableHeader: true, children: [cell("English", true), cell(`Português (${meta.variant})`, true)] });
  const sample = new TableRow({ children: [cell(MARK.en), cell(MARK.pt)] });
  const doc = titled(meta, [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, sample] })]);
  await pack(await template(doc, "w:tr", [MARK.en, MARK.pt]), sideBySideRows(pairs, meta), stream);
}
