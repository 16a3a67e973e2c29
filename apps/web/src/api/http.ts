import { ApiProblem } from "./problem.ts";

/** Listeners told when any call answers 401, so the app can return to the login screen. */
const unauthorisedListeners = new Set<() => void>();
export function onUnauthorised(listener: () => void): () => void {
  unauthorisedListeners.add(listener);
  return () => unauthorisedListeners.delete(listener);
}

/**
 * Calls the API with JSON in and out. The session travels in an httpOnly cookie, so there
 * is no token to attach; `same-origin` is enough because the API serves the app.
 */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
  // FormData and a typed Blob (a TMX file as XML) set their own Content-Type.
  if (body instanceof FormData || body instanceof Blob) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, "Content-Type": "application/json" };
  }
  const response = await fetch(`/api${path}`, init);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed = parseJson(text);
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith("/auth/")) unauthorisedListeners.forEach((l) => l());
    throw new ApiProblem(response.status, parsed ?? { title: response.statusText, detail: text.slice(0, 200) });
  }
  return parsed as T;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
