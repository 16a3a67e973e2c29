import { decodeText, TextDecodeError } from "@alinha/aligner";
import type { Request } from "express";
import { HttpError, PayloadTooLarge, Unprocessable, UnsupportedMediaType } from "../../common/errors.ts";
import { ImportDocumentBody, MAX_UPLOAD_BYTES, type ImportDocumentBody as ImportBody } from "../../contract/index.ts";
import { parse } from "../../common/validate.ts";

type Files = Record<string, Express.Multer.File[] | undefined>;

function decodeFile(file: Express.Multer.File, side: "pt" | "en"): string {
  const language = side === "pt" ? "Portuguese" : "English";
  try {
    return decodeText(new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength)).text;
  } catch (err) {
    if (!(err instanceof TextDecodeError)) throw err;
    if (err.problem === "binary") throw new UnsupportedMediaType(`The ${language} file "${file.originalname}" is not a text file: ${err.message}.`);
    throw new Unprocessable("Unreadable text", `The ${language} file "${file.originalname}" is neither UTF-8 nor Windows-1252 text: ${err.message}.`);
  }
}

export function checkSize(text: string | undefined, side: string): void {
  if (text !== undefined && Buffer.byteLength(text, "utf8") > MAX_UPLOAD_BYTES) {
    throw new PayloadTooLarge(`The ${side} text is larger than 5 MB.`);
  }
}

/** The import request as JSON or as a multipart upload (files `pt` and `en`, field `title`). */
export function readImportRequest(req: Request): ImportBody {
  if (req.is("multipart/form-data")) {
    const files = (req.files ?? {}) as Files;
    const ptFile = files["pt"]?.[0];
    const enFile = files["en"]?.[0];
    const fields = (req.body ?? {}) as Record<string, unknown>;
    const pt = ptFile ? decodeFile(ptFile, "pt") : fields["pt"];
    const en = enFile ? decodeFile(enFile, "en") : fields["en"];
    if (pt === undefined) throw new Unprocessable("Missing Portuguese", "Upload the Portuguese text as the file field \"pt\".");
    const title = typeof fields["title"] === "string" && fields["title"].trim() ? fields["title"] : ptFile?.originalname.replace(/\.[^.]+$/, "") ?? "";
    return parse(ImportDocumentBody, { title, pt, ...(en !== undefined ? { en } : {}), ...(typeof fields["variant"] === "string" ? { variant: fields["variant"] } : {}) });
  }
  if (!req.is("application/json")) {
    throw new HttpError(415, "Unsupported media type", "Send JSON ({title, pt, en?}) or a multipart upload (files pt and en, field title).");
  }
  const body = parse(ImportDocumentBody, req.body);
  checkSize(body.pt, "Portuguese");
  checkSize(body.en, "English");
  return body;
}
