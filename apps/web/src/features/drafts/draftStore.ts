/**
 * Unsaved Portuguese, kept in localStorage until the API accepts it, so a reload, a crash or
 * a lost connection never drops an edit. `baseVersion` is the pair version the edit started
 * from: saving sends it, and the API answers 409 if someone else saved meanwhile.
 */
export interface Draft {
  text: string;
  baseVersion: number;
  savedAt: string;
}

const PREFIX = "alinha:draft:";

export function readDrafts(): Map<string, Draft> {
  const drafts = new Map<string, Draft>();
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      const value = JSON.parse(localStorage.getItem(key) ?? "") as Draft;
      if (typeof value.text === "string" && typeof value.baseVersion === "number") drafts.set(key.slice(PREFIX.length), value);
    } catch {
      // A corrupt entry (hand-edited, or written by an older build) is not worth failing the screen for.
    }
  }
  return drafts;
}

export function writeDraft(pairId: string, draft: Draft | null): void {
  try {
    if (draft) localStorage.setItem(PREFIX + pairId, JSON.stringify(draft));
    else localStorage.removeItem(PREFIX + pairId);
  } catch {
    // Storage full or disabled (private mode): the edit still lives in memory until saved.
  }
}
