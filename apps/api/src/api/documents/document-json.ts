import express, { type Request } from "express";
import { MAX_UPLOAD_BYTES } from "../../contract/index.ts";

/** The routes whose JSON bodies carry a whole document: import, and re-align with a new English. */
export function carriesDocument(req: Request): boolean {
  return req.method === "POST" && /^\/api\/documents(?:\/[^/]+\/realign)?\/?$/.test(req.path);
}

/**
 * Their JSON parser: two texts of up to 5 MB each, plus escapes. It runs after the role check, so
 * a visitor without a session cannot make the server read 11 MB.
 */
export const documentJson = express.json({ limit: 2 * MAX_UPLOAD_BYTES + 1024 * 1024 });
