import { execFileSync } from "node:child_process";
import { WEB_DIR } from "./paths.ts";

/** Builds apps/web into dist/, which the API serves; the tests run the app users get. */
export function buildWeb(): void {
  execFileSync("node_modules/.bin/vite", ["build", "--logLevel", "error"], { cwd: WEB_DIR, stdio: "inherit" });
}
