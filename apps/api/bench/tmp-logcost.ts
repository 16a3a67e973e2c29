import express from "express";
import helmet from "helmet";
import { Agent, request } from "node:http";
import { pino } from "pino";
import { pinoHttp } from "pino-http";
const logger = pino({ level: "info" }, pino.destination({ dest: "/dev/null", sync: false }));
const serializers = {
  req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
  res: (res: { statusCode: number }) => ({ status: res.statusCode }),
};
const configs: Record<string, (app: express.Express) => void> = {
  none: () => {},
  current: (app) => app.use(pinoHttp({ logger, customLogLevel: (_q, res, err) => (res.statusCode === 503 ? "info" : err || res.statusCode >= 500 ? "error" : "info"), serializers, customProps: (req) => ((req as any).user ? { user: (req as any).user.username } : {}) })),
  lean: (app) => app.use(pinoHttp({ logger, wrapSerializers: false, customLogLevel: (_q, res, err) => (res.statusCode === 503 ? "info" : err || res.statusCode >= 500 ? "error" : "info"), serializers, customSuccessObject: (req, _res, val) => ((req as any).user ? { ...val, user: (req as any).user.username } : val) })),
  helmet: (app) => app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } }, strictTransportSecurity: false })),
};
for (const name of [...Object.keys(configs), ...Object.keys(configs), ...Object.keys(configs)]) {
  const app = express();
  configs[name]!(app);
  app.use((req, _res, next) => { (req as any).user = { username: "bench" }; next(); });
  app.patch("/api/pairs/:id", (_req, res) => { res.json({ pair: { id: "x", ptText: "a".repeat(300), version: 3 } }); });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const port = (server.address() as { port: number }).port;
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const send = () => new Promise<void>((resolve) => { const r = request({ host: "127.0.0.1", port, path: "/api/pairs/abc", method: "PATCH", agent, headers: { "content-type": "application/json", "content-length": 2 } }, (res) => { res.resume(); res.on("end", resolve); }); r.end("{}"); });
  for (let i = 0; i < 500; i++) await send();
  const N = 8000;
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: 8 }, async () => { for (let i = 0; i < N / 8; i++) await send(); }));
  const d = process.cpuUsage(cpu);
  console.log(name.padEnd(8), ((d.user + d.system) / 1000 / N * 1000).toFixed(0), "µs per request (client + server)");
  agent.destroy(); server.close();
}
process.exit(0);
