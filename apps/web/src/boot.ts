// Imported first by main.tsx, so this runs as soon as the bundle is parsed, before React and the
// screens are evaluated: the requests every cold open waits for leave at once, side by side.
import { prefetchSession } from "./features/auth/sessionPrefetch.ts";
import { prefetchFirstPage } from "./features/review/firstPagePrefetch.ts";

prefetchSession();
prefetchFirstPage(window.location.hash);
