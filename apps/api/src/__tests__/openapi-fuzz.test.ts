// Random bad requests to every route of the OpenAPI document: malformed and wrong-typed bodies,
// hostile path and query parameters, odd headers, as an admin (past every role check) and as
// nobody. Whatever arrives, the answer is never a 5xx, and every error is problem+json.
// Bounded (a fixed number of runs per route, a fixed seed in CI) so it stays a few seconds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-support/use-test-server.ts";
import type { Client } from "../test-support/test-server.ts";

const server = useTestServer("admin");
const RUNS_PER_ROUTE = Number(process.env["FUZZ_RUNS"] ?? 12);

interface Operation {
  method: string;
  path: string;
  params: { name: string; in: string }[];
}

async function operations(client: Client): Promise<Operation[]> {
  const doc = (await client.get("/api/openapi.json")).body as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, params: op.parameters ?? [] })));
}

/** Path segments and query values that have broken servers somewhere. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "..", "../../etc/passwd", "%", "%00", "%E0%A4%A", "%FF%FE", "%ED%A0%80", "null", "undefined", "[]", "{}", "0", "-1", "1e309", "NaN",
    "x".repeat(70), "x".repeat(5000), "' OR 1=1 --", "<script>alert(1)</script>", "\u0000", "__proto__", "constructor", "😀", "a/b", "a?b", "a#b"),
);

/** Percent-encodes what encodeURIComponent can, and passes the rest raw (lone surrogates become a bad escape). */
function encodeSegment(value: string): string {
  if (/^%[0-9A-F]/i.test(value) && /^[%0-9A-Fa-f]+$/.test(value)) return value;
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
}

const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom("ptText", "version", "title", "pt", "en", "body", "comment", "reason", "ptAt", "enAt", "pairIds", "find", "replace", "targets", "term", "policy", "aliases", "username", "password", "variant", "disabledChecks", "side", "direction", "editId", "documentId", "limit", "__proto__"), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
);

const body = fc.oneof(
  { weight: 4, arbitrary: jsonish.map((v) => ({ raw: JSON.stringify(v) ?? "null", type: "application/json" })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((raw) => ({ raw, type: "application/json" })) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 100 }), fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/json; charset=latin-9", "application/xml", "")).map(([raw, type]) => ({ raw, type })) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const headers = fc.record({
  "x-forwarded-for": fc.option(fc.constantFrom("1.2.3.4", "not-an-ip", "::1, 10.0.0.1", ""), { nil: undefined }),
  "content-encoding": fc.option(fc.constantFrom("gzip", "br", "deflate", "identity", "bogus"), { nil: undefined }),
  accept: fc.option(fc.constantFrom("application/xml", "*/*", "text/html", "nonsense"), { nil: undefined }),
  "if-none-match": fc.option(fc.constantFrom("*", "\"x\""), { nil: undefined }),
  range: fc.option(fc.constantFrom("bytes=0-1", "bytes=abc", "items=0-"), { nil: undefined }),
}, { requiredKeys: [] });

const request = fc.record({
  params: fc.dictionary(fc.constantFrom("id", "flagId"), hostileString),
  query: fc.dictionary(fc.constantFrom("offset", "limit", "status", "family", "maxConfidence", "q", "format", "scope", "x", "__proto__"), fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })), { maxKeys: 4 }),
  body,
  headers,
  anonymous: fc.boolean(),
});

describe("fuzzing every route of the OpenAPI document", () => {
  it("answers random bad requests with problem+json and never a 5xx", async () => {
    const ops = await operations(server.admin);
    expect(ops.length).toBeGreaterThan(25);
    const failures: string[] = [];
    let sent = 0;
    for (const op of ops) {
      const before = failures.length;
      await fc.assert(fc.asyncProperty(request, async (input) => {
        const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(input.params[name] ?? "missing"));
        const query = Object.entries(input.query).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${encodeURIComponent(k)}=${encodeSegment(x)}`)).join("&");
        const url = query ? `${path}?${query}` : path;
        const sendBody = op.method !== "GET" && op.method !== "DELETE" && input.body !== undefined;
        const hdrs: Record<string, string> = Object.fromEntries(Object.entries(input.headers).filter(([, v]) => v !== undefined)) as Record<string, string>;
        if (sendBody && input.body!.type) hdrs["content-type"] = input.body!.type;
        // Logging the admin out would only make the rest of the run anonymous.
        const client = input.anonymous || op.path === "/api/auth/logout" ? server.anonymous() : server.admin;
        const res = await client.request(op.method, url, sendBody ? input.body!.raw : undefined, hdrs);
        sent++;
        const type = res.headers.get("content-type") ?? "";
        const problem = res.status >= 400 && !/^application\/problem\+json/.test(type);
        if (res.status >= 500 || problem) {
          failures.push(`${op.method} ${url} ${JSON.stringify(hdrs)} ${sendBody ? input.body!.raw.slice(0, 200) : ""} → ${res.status} ${type} ${res.text.slice(0, 200)}`);
          return false;
        }
        return true;
      }), { numRuns: RUNS_PER_ROUTE, seed: process.env["FUZZ_SEED"] ? Number(process.env["FUZZ_SEED"]) : 20261206, endOnFailure: true })
        // A failure already recorded above says more than fast-check's report; anything else
        // (an exception while building or sending the request) is recorded as it is.
        .catch((err: unknown) => { if (failures.length === before) failures.push(`${op.method} ${op.path}: ${String(err).slice(0, 500)}`); });
    }
    expect(failures).toEqual([]);
    // Every run reached the server (none was lost to a request the client could not build).
    expect(sent).toBe(ops.length * RUNS_PER_ROUTE);
  }, 120_000);
});
