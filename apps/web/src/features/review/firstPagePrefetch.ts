import { api } from "../../api/client.ts";
import type { Pair } from "../../api/types.ts";
import { parseRoute } from "../../app/routes.ts";

/** Pairs in the first page: enough to fill the first screen, small enough to arrive at once. */
export const FIRST_PAGE = 100;

/** A prefetched page older than this is not used: the screen asks again rather than show stale pairs. */
const FRESH_MS = 10_000;

type FirstPage = { total: number; offset: number; pairs: Pair[] };

let pending: { documentId: string; at: number; page: Promise<FirstPage> } | null = null;

/**
 * Asks for the first page of a review link's pairs as the app starts, beside the session check,
 * instead of after it and after the screen's first render: on a cold open of a 5,000-pair
 * document that chain was most of the wait for the first rows (the web-render bench). Without a
 * session the request is refused, and the screen (once signed in) asks again.
 * @param hash the URL hash the app opens on
 */
export function prefetchFirstPage(hash: string): void {
  const route = parseRoute(hash);
  if (route.screen !== "review") return;
  const page = api.pairs(route.documentId, 0, FIRST_PAGE);
  // Taken (or dropped) by the review screen; a failure there is asked again.
  page.catch(() => undefined);
  pending = { documentId: route.documentId, at: performance.now(), page };
}

/** The prefetched first page of this document, once and while fresh; later loads ask the server. */
export function takeFirstPage(documentId: string): Promise<FirstPage> | undefined {
  const taken = pending;
  pending = null;
  if (!taken || taken.documentId !== documentId || performance.now() - taken.at > FRESH_MS) return undefined;
  return taken.page;
}
