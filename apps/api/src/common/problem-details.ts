import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";
import { HttpError, NotFound, PayloadTooLarge, BadRequest } from "./errors.ts";

const PROBLEM_TYPE_BASE = "https://alinha.dev/problems/";

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Errors from Express's own parsers and multer carry a status or a code but are not ours. */
function fromLibraryError(err: unknown): HttpError | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const e = err as { type?: string; code?: string; status?: number; message?: string; limit?: number };
  if (e.code === "LIMIT_FILE_SIZE" || e.code === "LIMIT_FIELD_VALUE") return new PayloadTooLarge("Each upload may be at most 5 MB.");
  if (e.type === "entity.too.large") {
    const mb = typeof e.limit === "number" ? ` (${Math.round(e.limit / 1024 / 1024)} MB)` : "";
    return new PayloadTooLarge(`The request body is larger than this request may be${mb}; a document's texts may be at most 5 MB each.`);
  }
  if (e.type === "entity.parse.failed") return new BadRequest("The request body is not valid JSON.");
  if (typeof e.code === "string" && e.code.startsWith("LIMIT_")) return new BadRequest(e.message ?? "Bad upload.");
  if (e.type === "encoding.unsupported" || e.type === "charset.unsupported") {
    return new HttpError(415, "Unsupported media type", e.message ?? "Unsupported encoding.");
  }
  // Any other client error the body parsers raise (http-errors with a 4xx status): a body
  // that does not inflate (Content-Encoding: deflate over plain bytes), a body cut short, a
  // malformed multipart. The client's fault, said as such, never a 500.
  const status = typeof e.status === "number" ? e.status : (err as { statusCode?: unknown }).statusCode;
  if (typeof status === "number" && status >= 400 && status < 500 && (err as { expose?: unknown }).expose !== false) {
    return new HttpError(status, status === 413 ? "Upload too large" : status === 415 ? "Unsupported media type" : "Bad request", `The request body could not be read: ${e.message ?? "malformed"}.`);
  }
  return undefined;
}

/**
 * The one place that turns errors into responses. Unknown errors become a 500 without their
 * message or stack (those go to the log only).
 */
/** The HttpError an error stands for; unknown errors become a bare 500 (message and stack are never shown). */
export function asHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof ZodError) {
    // A custom issue may name the offending offset in a text (contract/text.ts).
    const issues = err.issues.map((i) => {
      const position = i.code === "custom" ? (i.params as { position?: unknown } | undefined)?.position : undefined;
      return { path: i.path.join("."), message: i.message, ...(typeof position === "number" ? { position } : {}) };
    });
    const detail = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
    return new HttpError(422, "Invalid request", detail, { issues });
  }
  return fromLibraryError(err) ?? new HttpError(500, "Internal error", "Something went wrong on the server; it has been logged.");
}

/** The RFC 9457 body of an error (also what a failed job carries). */
export function problemBody(problem: HttpError): Record<string, unknown> {
  return { type: PROBLEM_TYPE_BASE + slug(problem.title), title: problem.title, status: problem.status, detail: problem.message, ...problem.extra };
}

export const problemDetails: ErrorRequestHandler = (err, req, res, _next) => {
  const problem = asHttpError(err);
  if (problem.status === 500 && !(err instanceof HttpError)) req.log?.error({ err }, "unhandled error");
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(problem.status).type("application/problem+json").json(problemBody(problem));
};

export const unknownApiRoute: RequestHandler = (req) => {
  throw new NotFound("route", `${req.method} ${req.path}`);
};
