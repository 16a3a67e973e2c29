// Services throw these; one middleware (problem-details.ts) turns them into RFC 9457 bodies.
import type { Pair } from "../contract/index.ts";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

export class BadRequest extends HttpError {
  constructor(detail: string) { super(400, "Bad request", detail); }
}
export class Unauthorized extends HttpError {
  constructor(detail = "Log in to do this.") { super(401, "Not logged in", detail); }
}
export class Forbidden extends HttpError {
  constructor(detail: string) { super(403, "Not allowed", detail); }
}
export class NotFound extends HttpError {
  constructor(what: string, id: string) { super(404, "Not found", `No ${what} with id "${id}".`); }
}
export class VersionConflict extends HttpError {
  constructor(current: Pair, detail = `The pair changed since you read it: it is now at version ${current.version}.`) {
    super(409, "Version conflict", detail, { current });
  }
}
export class Conflict extends HttpError {
  constructor(detail: string) { super(409, "Conflict", detail); }
}
export class PayloadTooLarge extends HttpError {
  constructor(detail: string) { super(413, "Upload too large", detail); }
}
export class UnsupportedMediaType extends HttpError {
  constructor(detail: string) { super(415, "Unsupported media type", detail); }
}
export class Unprocessable extends HttpError {
  constructor(title: string, detail: string, extra: Record<string, unknown> = {}) { super(422, title, detail, extra); }
}
export class TooManyRequests extends HttpError {
  constructor(detail: string) { super(429, "Too many requests", detail); }
}
