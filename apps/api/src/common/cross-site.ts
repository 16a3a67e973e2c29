import type { RequestHandler } from "express";
import { HttpError } from "./errors.ts";

const refused = (detail: string) => new HttpError(403, "Cross-site request refused", detail);

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests another site's page made the browser send (CSRF): the session
 * cookie is SameSite=Strict, but a cookie is not the only thing a cross-site form can abuse (a
 * login form posted from elsewhere, a browser that ignores SameSite, a sibling subdomain).
 *
 * - `Sec-Fetch-Site` (every current browser sends it): only `same-origin` and `none` (typed or
 *   bookmarked by the user) pass. It is the browser's own word, so it wins over `Origin`, and a
 *   same-origin page behind a rewriting proxy still passes.
 * - Otherwise `Origin`, when present, must name this server's own host (`null` never does).
 * - A request with neither header does not come from a web page (curl, the CLI, scripts): it passes,
 *   since a cross-site page cannot make a browser leave both out.
 */
export const refuseCrossSite: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const site = req.get("sec-fetch-site");
  if (site !== undefined) {
    if (site === "same-origin" || site === "none") return next();
    throw refused(`This ${req.method} came from another site's page (Sec-Fetch-Site: ${site}).`);
  }
  const origin = req.get("origin");
  if (origin === undefined) return next();
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined;
  }
  // req.host is the Host header (X-Forwarded-Host behind a trusted proxy), port included.
  if (host !== undefined && host === req.host) return next();
  throw refused(`This ${req.method} came from ${origin}, not from this server's own pages.`);
};
