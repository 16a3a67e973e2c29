import { execFileSync } from "node:child_process";
import { WEB_DIR } from "./paths.ts";

/**
 * Builds apps/web into dist/, which the API serves; the tests run the app users get.
 * NODE_ENV is forced because vitest sets it to "test", which would bundle React's slow dev build.
 */
export function buildWeb(): void {
  execFileSync("node_modules/.bin/vite", ["build", "--logLevel", "error"], { cwd: WEB_DIR, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
}
