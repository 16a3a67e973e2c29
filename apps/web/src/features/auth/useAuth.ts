import { useCallback, useEffect, useState } from "react";
import { api } from "../../api/client.ts";
import { onUnauthorised } from "../../api/http.ts";
import { takeSession } from "./sessionPrefetch.ts";
import type { User } from "../../api/types.ts";

export type AuthState = { kind: "checking" } | { kind: "signed-out" } | { kind: "signed-in"; user: User };

/**
 * Asks the API who is signed in (the cookie is httpOnly, so only the server knows), and falls
 * back to the login screen whenever any later call answers 401 (an expired session).
 */
export function useAuth(): { state: AuthState; signIn: (user: User) => void; signOut: () => void } {
  const [state, setState] = useState<AuthState>({ kind: "checking" });

  useEffect(() => {
    let live = true;
    // The check the app started with (boot.ts), or a fresh one.
    (takeSession() ?? api.me()).then(
      ({ user }) => live && setState({ kind: "signed-in", user }),
      () => live && setState({ kind: "signed-out" }),
    );
    const stop = onUnauthorised(() => setState({ kind: "signed-out" }));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const signIn = useCallback((user: User) => setState({ kind: "signed-in", user }), []);
  const signOut = useCallback(() => {
    api.logout().finally(() => setState({ kind: "signed-out" }));
  }, []);
  return { state, signIn, signOut };
}
