// The worker thread's entry when the server runs from source (tsx, Vitest): a worker does not
// inherit the TypeScript loader, so it registers tsx itself before loading the real worker.
// (Built with esbuild, the pool loads dist/align-worker.js instead.)
import { register } from "tsx/esm/api";

register();
const worker = await import("./align-worker.ts");
export default worker.default;
export const buildExport = worker.buildExport;
