/** The screens, addressed by the URL hash so the API can serve one static index.html. */
export type Route =
  | { screen: "documents" }
  | { screen: "review"; documentId: string; pairId?: string }
  | { screen: "terms" }
  | { screen: "settings" }
  | { screen: "trash" };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "documents" && parts[1]) {
    return parts[2] ? { screen: "review", documentId: parts[1], pairId: parts[2] } : { screen: "review", documentId: parts[1] };
  }
  if (parts[0] === "terms") return { screen: "terms" };
  if (parts[0] === "settings") return { screen: "settings" };
  if (parts[0] === "trash") return { screen: "trash" };
  return { screen: "documents" };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case "documents": return "#/documents";
    case "terms": return "#/terms";
    case "settings": return "#/settings";
    case "trash": return "#/trash";
    case "review": return `#/documents/${encodeURIComponent(route.documentId)}`;
  }
}
