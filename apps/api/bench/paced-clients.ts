// Clients that each send a request on a steady beat, as reviewers do, instead of all at once.
//
// Why not autocannon's own rate option: it gives each connection a quota per second, which it
// spends at once when the second starts, so 50 clients at 8 requests a second arrive as bursts of
// 400 every second. Here each client has its own beat (evenly spread phases), keeps one
// connection, and never has two requests in flight. Latency is measured from when the beat said
// to send: a request delayed because the previous one was slow counts its wait too, so a slow
// server cannot hide behind fewer requests (coordinated omission).
import { Agent, request } from "node:http";

export interface PacedRequest {
  method: string;
  path: string;
  body: string;
}

export interface PacedOptions {
  /** The servers; client k talks to bases[k % bases.length] (a round-robin load balancer). */
  bases: string[];
  headers: Record<string, string>;
  clients: number;
  /** Requests a second from all clients together. */
  rate: number;
  durationS: number;
  /** The client's next request; `context` lives as long as the client. */
  next: (client: number, context: Record<string, unknown>) => PacedRequest;
  onResponse: (status: number, body: string, context: Record<string, unknown>, latencyMs: number) => void;
}

function send(agent: Agent, base: string, headers: Record<string, string>, req: PacedRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const r = request(new URL(req.path, base), { method: req.method, agent, headers: { ...headers, "content-length": Buffer.byteLength(req.body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", () => resolve({ status: 0, body: "" }));
    });
    r.on("error", () => resolve({ status: 0, body: "" }));
    r.end(req.body);
  });
}

/** Runs the clients for `durationS`; resolves with the number of requests answered. */
export async function runPacedClients(options: PacedOptions): Promise<{ answered: number; durationS: number }> {
  const intervalMs = (1000 * options.clients) / options.rate;
  const started = performance.now();
  const endAt = started + options.durationS * 1000;
  let answered = 0;
  async function client(index: number): Promise<void> {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const context: Record<string, unknown> = {};
    let due = started + (index * intervalMs) / options.clients;
    while (due < endAt) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const req = options.next(index, context);
      const { status, body } = await send(agent, options.bases[index % options.bases.length]!, options.headers, req);
      options.onResponse(status, body, context, performance.now() - due);
      answered++;
      due += intervalMs;
    }
    agent.destroy();
  }
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  return { answered, durationS: (performance.now() - started) / 1000 };
}
