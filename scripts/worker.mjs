// `pnpm worker`: build the API (esbuild) and run a job worker for the team server
// (DATABASE_URL=postgresql://…). Start as many as you like, on any machine reaching the database.
import { spawn, spawnSync } from "node:child_process";

const built = spawnSync("pnpm", ["--filter", "@alinha/api", "run", "build"], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);
const worker = spawn("node", ["apps/api/dist/worker.js"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => worker.kill(signal));
worker.on("exit", (code) => process.exit(code ?? 0));
