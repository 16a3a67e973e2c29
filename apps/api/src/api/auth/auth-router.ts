import { Router } from "express";
import { rateLimit } from "express-rate-limit";
import { z } from "zod";
import type { AppContext } from "../../app-context.ts";
import { LoginBody, Problem, UserResponse } from "../../contract/index.ts";
import { TooManyRequests, Unauthorized } from "../../common/errors.ts";
import { parse } from "../../common/validate.ts";
import { verifyPassword } from "./password.ts";
import { currentUser, requireRole } from "./require-role.ts";
import { SESSION_COOKIE, SESSION_TTL_MS, toUser, type SessionStore } from "./session-store.ts";

/** A verifier to compare against when the user does not exist, so timing does not tell. */
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export interface AuthOptions {
  /** Failed login attempts per client address per 15 minutes. */
  loginLimit: number;
}

export function authRouter(ctx: AppContext, sessions: SessionStore, options: AuthOptions): Router {
  const router = Router();
  const problem = { content: { "application/problem+json": { schema: Problem } } };

  const loginLimiter = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: options.loginLimit,
    // Only failed attempts count: the limit is there against password guessing, not against
    // people (or browser tests) who log in often.
    skipSuccessfulRequests: true,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: () => {
      throw new TooManyRequests("Too many login attempts; wait a few minutes and try again.");
    },
  });

  ctx.registry.registerPath({
    method: "post", path: "/api/auth/login", tags: ["auth"], summary: "Log in; sets the session cookie",
    request: { body: { content: { "application/json": { schema: LoginBody } } } },
    responses: { 200: { description: "Logged in", content: { "application/json": { schema: UserResponse } } }, 401: { description: "Wrong username or password", ...problem }, 429: { description: "Too many attempts", ...problem } },
  });
  router.post("/login", loginLimiter, async (req, res) => {
    const body = parse(LoginBody, req.body);
    const row = await ctx.prisma.user.findUnique({ where: { username: body.username } });
    const ok = await verifyPassword(body.password, row?.passwordHash ?? DUMMY_HASH);
    if (!row || !ok) throw new Unauthorized("Wrong username or password.");
    const token = await sessions.create(row.id);
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
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "strict", path: "/" });
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
