import type { ImportedFile } from "@alinha/aligner";
import type { Request } from "express";
import { HttpError, PayloadTooLarge, Unprocessable } from "../../common/errors.ts";
import { ImportDocumentBody, MAX_UPLOAD_BYTES, type ImportDocumentBody as ImportBody } from "../../contract/index.ts";
import { parse } from "../../common/validate.ts";
import { readImportBytes, readImportText } from "./read-import-file.ts";

type Files = Record<string, Express.Multer.File[] | undefined>;
type BitextFile = Extract<ImportedFile, { kind: "bitext" }>;

/** What an import request carries: texts to align, or one file already aligned (TMX, XLIFF, PO, TSV/CSV). */
export type ImportRequest =
  | { kind: "text"; body: ImportBody }
  | { kind: "bitext"; title: string; variant?: "pt-BR" | "pt-PT" | undefined; fileName: string; file: BitextFile };

const bytesOf = (file: Express.Multer.File) => new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength);

/** An uploaded file as text to align; a bitext found in the English slot is refused (it carries both sides). */
function textOf(file: Express.Multer.File, side: "pt" | "en"): ImportedFile {
  const read = readImportBytes(bytesOf(file), file.originalname);
  if (read.kind === "bitext" && side === "en") {
    throw new Unprocessable("Bitext in the English slot", `"${file.originalname}" is a ${read.format.toUpperCase()} file with both languages: upload it alone, as the document file.`);
  }
  return read;
}

export function checkSize(text: string | undefined, side: string): void {
  if (text !== undefined && Buffer.byteLength(text, "utf8") > MAX_UPLOAD_BYTES) {
    throw new PayloadTooLarge(`The ${side} text is larger than 5 MB.`);
  }
}

const stripExtension = (name: string) => name.replace(/\.[^.]+$/, "");

function bitextRequest(file: BitextFile, fileName: string, title: unknown, variant: unknown, enGiven: boolean): ImportRequest {
  if (enGiven) throw new Unprocessable("Bitext with an English file", `"${fileName}" already holds both languages: send it without a separate English text.`);
  const t = typeof title === "string" && title.trim() ? title.trim().slice(0, 300) : stripExtension(fileName) || "Imported document";
  const v = variant === "pt-BR" || variant === "pt-PT" ? variant : undefined;
  return { kind: "bitext", title: t, variant: v, fileName, file };
}

/**
 * The import request as JSON or as a multipart upload (files `pt` and `en`, field `title`). The
 * `pt` file (or text) may be a TMX, XLIFF, PO or TSV/CSV file, recognised by its content: it is
 * then imported as it is aligned. Everything is read and checked here, before anything is stored.
 */
export function readImportRequest(req: Request): ImportRequest {
  if (req.is("multipart/form-data")) {
    const files = (req.files ?? {}) as Files;
    const ptFile = files["pt"]?.[0];
    const enFile = files["en"]?.[0];
    const fields = (req.body ?? {}) as Record<string, unknown>;
    const ptRead = ptFile ? textOf(ptFile, "pt") : undefined;
    if (ptRead?.kind === "bitext") return bitextRequest(ptRead, ptFile!.originalname, fields["title"], fields["variant"], enFile !== undefined || (typeof fields["en"] === "string" && fields["en"].trim() !== ""));
    const enRead = enFile ? textOf(enFile, "en") : undefined;
    const pt = ptRead?.kind === "text" ? ptRead.text : fields["pt"];
    const en = enRead?.kind === "text" ? enRead.text : fields["en"];
    if (pt === undefined) throw new Unprocessable("Missing Portuguese", "Upload the Portuguese text as the file field \"pt\".");
    const title = typeof fields["title"] === "string" && fields["title"].trim() ? fields["title"] : ptFile?.originalname.replace(/\.[^.]+$/, "") ?? "";
    return { kind: "text", body: parse(ImportDocumentBody, { title, pt, ...(en !== undefined ? { en } : {}), ...(typeof fields["variant"] === "string" ? { variant: fields["variant"] } : {}) }) };
  }
  if (!req.is("application/json")) {
    throw new HttpError(415, "Unsupported media type", "Send JSON ({title, pt, en?}) or a multipart upload (files pt and en, field title).");
  }
  const body = parse(ImportDocumentBody, req.body);
  checkSize(body.pt, "Portuguese");
  checkSize(body.en, "English");
  const bitext = readImportText(body.pt, body.title);
  if (bitext?.kind === "bitext") return bitextRequest(bitext, body.title, body.title, body.variant, body.en !== undefined && body.en.trim() !== "");
  return { kind: "text", body };
}
