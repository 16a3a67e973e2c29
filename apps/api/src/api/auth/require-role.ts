import type { Request, RequestHandler } from "express";
import type { Role, User } from "../../contract/index.ts";
import { Forbidden, Unauthorized } from "../../common/errors.ts";
import { SESSION_COOKIE, type SessionStore } from "./session-store.ts";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: User;
    }
  }
}

/** translator < editor < admin: each role may do everything the ones before it may. */
const RANK: Record<Role, number> = { translator: 0, editor: 1, admin: 2 };

export function hasRole(user: User, role: Role): boolean {
  return RANK[user.role] >= RANK[role];
}

/** Attaches the session's user, if any; routes decide whether they need one. */
export function readSession(sessions: SessionStore): RequestHandler {
  return async (req, _res, next) => {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === "string" && token.length > 0) req.user = await sessions.userFor(token);
    next();
  };
}

export function requireRole(role: Role): RequestHandler {
  return (req, _res, next) => {
    const user = req.user;
    if (!user) throw new Unauthorized();
    if (!hasRole(user, role)) throw new Forbidden(`This needs the ${role} role; you are logged in as ${user.role}.`);
    next();
  };
}

/** The logged-in user of a route behind `requireRole`. */
export function currentUser(req: Request): User {
  if (!req.user) throw new Unauthorized();
  return req.user;
}
