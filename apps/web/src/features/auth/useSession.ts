import { useContext } from "react";
import { SessionContext, type Session } from "./SessionContext.ts";

/** The signed-in user; only screens rendered after login call this, so it never is null. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside a signed-in screen");
  return session;
}
