import { squash } from "./words.ts";

const squashCache = new Map<string, string>();

/**
 * `squash` of one word, as name matching keys every word of every pair: plain ASCII words
 * (most of them) are keyed directly, others through a memo, since NFD normalising is the
 * expensive part and the same words recur.
 */
export const squashWord = (w: string): string => {
  const ascii = squashAscii(w);
  if (ascii !== undefined) return ascii;
  let key = squashCache.get(w);
  if (key === undefined) {
    if (squashCache.size > 50_000) squashCache.clear();
    squashCache.set(w, (key = squash(w)));
  }
  return key;
};

/** `squash` of a plain ASCII word (most words), without normalising or a memo; undefined otherwise. */
function squashAscii(w: string): string | undefined {
  let plain = true;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return undefined;
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) plain = false;
  }
  const lower = w.toLowerCase();
  return plain ? lower : lower.replace(/[^a-z0-9]/gu, "");
}
