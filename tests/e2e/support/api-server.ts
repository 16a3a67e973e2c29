import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { API_DIR } from "./paths.ts";

export interface ApiServer {
  url: string;
  /** The throwaway database, for a test that plants what no user action can make (see plant.ts). */
  databaseUrl: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real API (the same `setup` and `start` scripts a user runs) on a free port with
 * a throwaway SQLite database and the demo users, and waits until it answers.
 */
export async function startApi(): Promise<ApiServer> {
  const dir = mkdtempSync(join(tmpdir(), "alinha-e2e-"));
  const port = await freePort();
  // The demo (ALINHA_DEMO=1, demo accounts) as `pnpm start` runs it: not NODE_ENV=production,
  // which never creates demo accounts and refuses them at login. ALINHA_SCRYPT_N: tests only
  // (vitest.config.ts), so logging in does not cost the recommended 128 MB of scrypt each time.
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, "alinha.db")}`, PORT: String(port), ALINHA_DEMO: "1", NODE_ENV: "development" };
  const tsx = join(API_DIR, "node_modules/.bin/tsx");
  execFileSync(tsx, ["src/setup.ts"], { cwd: API_DIR, env, stdio: ["ignore", "ignore", "inherit"] });
  const child: ChildProcess = spawn(tsx, ["src/main.ts"], { cwd: API_DIR, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${stderr}`);
    try {
      const response = await fetch(`${url}/api/auth/me`);
      if (response.status === 401 || response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the API did not answer on ${url} within 60 s:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    databaseUrl: env.DATABASE_URL,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
