import { useEffect, useRef, useState } from "react";
import { api } from "../../api/client.ts";
import type { MemoryMatch, Pair } from "../../api/types.ts";

/** Matches shown beside the pair, one key each (Ctrl+1..3). */
export const SHOWN_MATCHES = 3;

/**
 * The translation-memory matches of the current pair's English. Remembered per pair and
 * English, so moving back and forth does not ask again; a pair confirmed meanwhile elsewhere
 * shows up the next time the pair is opened.
 * @param pair the current pair, or null
 */
export function useMemoryMatches(pair: Pair | null): MemoryMatch[] | null {
  const cache = useRef(new Map<string, MemoryMatch[]>());
  const key = pair && pair.enText.trim() ? `${pair.id}\u0000${pair.enText}` : null;
  const [found, setFound] = useState<{ key: string; matches: MemoryMatch[] } | null>(null);

  useEffect(() => {
    if (!key || !pair) return;
    const known = cache.current.get(key);
    if (known) return setFound({ key, matches: known });
    let live = true;
    // A short pause, so holding Alt+↓ through a document does not ask for every pair passed.
    const timer = setTimeout(() => {
      api.matches(pair.id, SHOWN_MATCHES).then((body) => {
        cache.current.set(key, body.matches);
        if (live) setFound({ key, matches: body.matches });
      }, () => live && setFound({ key, matches: [] }));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- the key names the pair and its English

  if (!key) return [];
  return found?.key === key ? found.matches : null;
}
