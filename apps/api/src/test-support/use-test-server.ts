// The frame of every HTTP test file: one server per file, started before its tests and closed
// after them, with a client already logged in for each role the file names.
import { afterAll, beforeAll } from "vitest";
import type { Role } from "../contract/index.ts";
import { Client, logIn, startTestServer, type TestServer } from "./test-server.ts";

export type ServerFixture<R extends Role> = Omit<TestServer, "close"> & Record<R, Client>;

/**
 * Registers `beforeAll`/`afterAll` for the calling file and returns the server to be. Its role
 * clients and `anonymous()` exist at once (so a file may set them up at the top), but every other
 * member may be read only once the tests run: reading it earlier throws rather than hand back `undefined`.
 * @param roles the roles to log in as before the first test.
 */
export function useTestServer<R extends Role = never>(...roles: R[]): ServerFixture<R> {
  let started: TestServer | undefined;
  const running = (): TestServer => {
    if (started === undefined) throw new Error("the test server starts in beforeAll; use it inside a test or hook");
    return started;
  };
  const client = () => new Client(() => running().url);
  const clients = Object.fromEntries(roles.map((role) => [role, client()])) as Record<R, Client>;
  beforeAll(async () => {
    started = await startTestServer();
    await Promise.all(roles.map((role) => logIn(clients[role], role)));
  });
  afterAll(async () => { await started?.close(); });
  return {
    ...clients,
    get url() { return running().url; },
    get file() { return running().file; },
    get prisma() { return running().prisma; },
    get ctx() { return running().ctx; },
    as: (role) => running().as(role),
    anonymous: client,
  };
}
