import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const API_DIR = fileURLToPath(new URL("../../../apps/api/", import.meta.url));
export const WEB_DIR = fileURLToPath(new URL("../../../apps/web/", import.meta.url));
/** Screenshots and downloads for a human to look at; gitignored. */
export const ARTIFACTS = fileURLToPath(new URL("../../artifacts/", import.meta.url));
