import type { Flag, Pair } from "./types.ts";

/** An RFC 9457 problem returned by the API, kept whole so screens can show `detail`. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** On a 409: the pair as stored now, so the user can compare it with their version. */
  readonly current: Pair | undefined;
  /** The problem's type URI; its last segment names the case (e.g. "open-errors"). */
  readonly type: string;
  /** On a 409 open-errors: the error flags still open on the pair. */
  readonly flags: Flag[];

  constructor(status: number, body: Record<string, unknown>) {
    const title = typeof body.title === "string" ? body.title : `HTTP ${status}`;
    const detail = typeof body.detail === "string" ? body.detail : "";
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.current = isPair(body.current) ? body.current : undefined;
    this.type = typeof body.type === "string" ? body.type : "";
    this.flags = Array.isArray(body.flags) ? (body.flags as Flag[]) : [];
  }

  /** Whether this is the QA gate's refusal: error flags are open on the pair. */
  get openErrors(): boolean {
    return this.status === 409 && this.type.endsWith("/open-errors");
  }
}

function isPair(value: unknown): value is Pair {
  return typeof value === "object" && value !== null && "ptText" in value && "version" in value;
}

/** The message to show a user for any failure, whether the API explained it or not. */
export function describeError(error: unknown): string {
  if (error instanceof ApiProblem) return error.detail || error.title;
  if (error instanceof TypeError) return "The server cannot be reached. Check your connection and try again.";
  return error instanceof Error ? error.message : String(error);
}
