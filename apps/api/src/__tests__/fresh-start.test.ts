// `DATABASE_URL=… pnpm start` on a database that does not exist yet (SQLite) or is empty
// (PostgreSQL): the server migrates, loads the built-in corpus and serves, and /readyz says so;
// on PostgreSQL a `pnpm worker` started at the same moment waits for that setup (an advisory
// lock) rather than racing it, then runs an import. The processes run from source (tsx); `pnpm
// start` runs the same entry points built by esbuild.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listDocuments } from "@alinha/corpus";
import { afterAll, describe, expect, inject, it } from "vitest";
import { onServer, withDatabase } from "../test-support/postgres-server.ts";
import { Client, logIn } from "../test-support/test-server.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../test-support/sample.ts";

const API_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const children: ChildProcess[] = [];
let dropDatabase = async () => {};

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await dropDatabase();
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function run(entry: "main.ts" | "worker.ts", env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(API_ROOT, "src", entry)], {
    cwd: API_ROOT, env: { ...process.env, ALINHA_DEMO: "1", LOG_LEVEL: "warn", ...env }, stdio: ["ignore", "inherit", "inherit"],
  });
  children.push(child);
  return child;
}

describe("starting on a fresh database", () => {
  it("migrates, loads the built-in corpus and serves (and a worker started with it runs jobs)", async () => {
    const postgres = inject("postgresUrl");
    let url: string;
    if (postgres) {
      const name = `alinha_fresh_${Date.now()}`;
      await onServer(postgres, `CREATE DATABASE "${name}"`);
      dropDatabase = () => onServer(postgres, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      url = withDatabase(postgres, name);
    } else {
      const dir = mkdtempSync(path.join(tmpdir(), "alinha-fresh-"));
      dropDatabase = async () => rmSync(dir, { recursive: true, force: true });
      url = `file:${path.join(dir, "data", "alinha.db")}`;
    }
    const port = await freePort();
    const server = run("main.ts", { DATABASE_URL: url, PORT: String(port) });
    const worker = postgres ? run("worker.ts", { DATABASE_URL: url }) : undefined;
    const base = `http://127.0.0.1:${port}`;
    let ready: { status: string; migrations?: number } | undefined;
    for (const started = Date.now(); Date.now() - started < 150_000 && !ready; await new Promise((r) => setTimeout(r, 500))) {
      const res = await fetch(`${base}/readyz`).catch(() => undefined);
      if (res?.ok) ready = (await res.json()) as typeof ready;
    }
    expect(ready).toMatchObject({ status: "ready", engine: postgres ? "postgres" : "sqlite" });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    const translator = await logIn(new Client(base), "translator");
    const documents = (await translator.get("/api/documents")).body.documents as { builtIn: boolean }[];
    expect(documents.filter((d) => d.builtIn)).toHaveLength(listDocuments().length);
    const imported = await translator.postJob("/api/documents", { title: "Depois do arranque", pt: SAMPLE_PT, en: SAMPLE_EN });
    expect(imported.status).toBe(201);
    expect(imported.body.document.pairCount).toBeGreaterThan(0);

    for (const child of [server, worker]) {
      if (!child) continue;
      child.kill("SIGTERM");
      expect((await once(child, "exit"))[0]).toBe(0);
    }
  }, 240_000);
});
