import { randomBytes } from "node:crypto";
import { Router, type Response } from "express";
import { z } from "zod";
import type { AppContext } from "../../app-context.ts";
import { LoginBody, LoginOptionsResponse, Problem, UserResponse } from "../../contract/index.ts";
import { HttpError, TooManyRequests, Unauthorized } from "../../common/errors.ts";
import { parse } from "../../common/validate.ts";
import { isDemoCredential, type DemoAccount } from "./demo-accounts.ts";
import { LoginThrottle, loginKeys, type ThrottlePolicies } from "./login-throttle.ts";
import { hashPassword, needsRehash, verifyPassword } from "./password.ts";
import { currentUser, requireRole } from "./require-role.ts";
import { SESSION_COOKIE, SESSION_TTL_MS, toUser, type SessionStore } from "./session-store.ts";

export interface AuthOptions {
  throttle?: ThrottlePolicies;
  /** The clock the throttle reads (tests move it). */
  now?: () => number;
  /** NODE_ENV=production: demo accounts are refused. */
  production: boolean;
  /** The demo accounts this server has (announced on the login screen); none in production. */
  demoAccounts: readonly DemoAccount[];
}

function retryLater(res: Response, waitMs: number): never {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  res.setHeader("Retry-After", String(seconds));
  throw new TooManyRequests(`Too many failed logins for this account or from this address; try again in ${seconds} s.`);
}

export function authRouter(ctx: AppContext, sessions: SessionStore, options: AuthOptions): Router {
  const router = Router();
  const problem = { content: { "application/problem+json": { schema: Problem } } };
  const throttle = new LoginThrottle(ctx.prisma, options.throttle, options.now);
  /** A verifier to compare against when the user does not exist, at today's cost, so timing does not tell. */
  const dummyHash = hashPassword(randomBytes(16).toString("hex"));

  ctx.registry.registerPath({
    method: "get", path: "/api/auth/options", tags: ["auth"], summary: "What the login screen shows: the demo accounts, if this server has any",
    security: [],
    responses: { 200: { description: "OK", content: { "application/json": { schema: LoginOptionsResponse } } } },
  });
  router.get("/options", (_req, res) => {
    res.json({ demoAccounts: [...options.demoAccounts] } satisfies z.infer<typeof LoginOptionsResponse>);
  });

  ctx.registry.registerPath({
    method: "post", path: "/api/auth/login", tags: ["auth"], summary: "Log in; sets the session cookie",
    security: [],
    request: { body: { content: { "application/json": { schema: LoginBody } } } },
    responses: {
      200: { description: "Logged in", content: { "application/json": { schema: UserResponse } } },
      401: { description: "Wrong username or password", ...problem },
      403: { description: "A demo account on a production server", ...problem },
      429: { description: "Too many failed attempts for this account or address (Retry-After)", ...problem },
    },
  });
  router.post("/login", async (req, res) => {
    const body = parse(LoginBody, req.body);
    const keys = loginKeys(body.username, req.ip);
    const wait = await throttle.attempt(keys);
    if (wait > 0) retryLater(res, wait);
    if (options.production && isDemoCredential(body.username, body.password)) {
      throw new HttpError(403, "Demo account refused", "Demo accounts (password = user name) cannot log in on a production server; an administrator creates real accounts (ALINHA_ADMIN_USER / ALINHA_ADMIN_PASSWORD for the first one).");
    }
    const row = await ctx.prisma.user.findUnique({ where: { username: body.username } });
    const ok = await verifyPassword(body.password, row?.passwordHash ?? (await dummyHash));
    if (!row || !ok) throw new Unauthorized("Wrong username or password.");
    await throttle.succeeded(keys);
    // A hash made at an older, cheaper cost is redone now, while the password is at hand.
    if (needsRehash(row.passwordHash)) {
      await ctx.prisma.user.update({ where: { id: row.id }, data: { passwordHash: await hashPassword(body.password) } });
    }
    const token = await sessions.create(row.id);
    // req.secure honours X-Forwarded-Proto when TRUST_PROXY trusts the proxy, so the cookie is
    // Secure whenever the browser's side of the connection was HTTPS.
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true, sameSite: "strict", secure: req.secure, path: "/", maxAge: SESSION_TTL_MS,
    });
    res.json({ user: toUser(row) });
  });

  ctx.registry.registerPath({
    method: "post", path: "/api/auth/logout", tags: ["auth"], summary: "Log out; ends the session",
    responses: { 204: { description: "Logged out" } },
  });
  router.post("/logout", async (req, res) => {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === "string") await sessions.destroy(token);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "strict", secure: req.secure, path: "/" });
    res.status(204).end();
  });

  ctx.registry.registerPath({
    method: "get", path: "/api/auth/me", tags: ["auth"], summary: "The logged-in user",
    responses: { 200: { description: "The user", content: { "application/json": { schema: UserResponse } } }, 401: { description: "Not logged in", ...problem } },
  });
  router.get("/me", requireRole("translator"), (req, res) => {
    res.json({ user: currentUser(req) } satisfies z.infer<typeof UserResponse>);
  });

  return router;
}
