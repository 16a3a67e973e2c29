import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseFile, REPO_ROOT } from "./paths.ts";

const PRISMA_BIN = path.join(REPO_ROOT, "apps", "api", "node_modules", ".bin", "prisma");

/**
 * Applies the committed migrations with `prisma migrate deploy` (WebAssembly schema engine
 * through the libSQL adapter: nothing is downloaded). Creates the database folder first.
 */
export async function migrateDeploy(url: string): Promise<void> {
  const file = databaseFile(url);
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  const child = spawn(PRISMA_BIN, ["migrate", "deploy", "--config", path.join(REPO_ROOT, "prisma.config.ts")], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`);
}
