#!/usr/bin/env node
// The `alinha` command. Runs the build (dist/alinha.mjs, made by `pnpm i` and `pnpm build`);
// from a checkout where it is missing, falls back on the TypeScript source through tsx.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const built = new URL("../dist/alinha.mjs", import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const main = fileURLToPath(new URL("../src/cli/run.ts", import.meta.url));
  const r = spawnSync(process.execPath, [tsx, main, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exitCode = r.status ?? 1;
}
