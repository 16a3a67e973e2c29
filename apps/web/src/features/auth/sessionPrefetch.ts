import { api } from "../../api/client.ts";
import type { User } from "../../api/types.ts";

let pending: Promise<{ user: User }> | null = null;

/**
 * Asks who is signed in as the app's script starts, before React and the screens are even
 * evaluated: the answer gates the first screen, and on a loaded machine evaluating the bundle
 * took longer than the request (the web-render bench).
 */
export function prefetchSession(): void {
  pending = api.me();
  // Taken by useAuth, which handles a refusal (signed out).
  pending.catch(() => undefined);
}

/** The answer asked for at start, once; later checks ask the server. */
export function takeSession(): Promise<{ user: User }> | undefined {
  const taken = pending ?? undefined;
  pending = null;
  return taken;
}
