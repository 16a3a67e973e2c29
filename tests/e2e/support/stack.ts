import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startApi, type ApiServer } from "./api-server.ts";
import { launchBrowser } from "./browser.ts";
import { buildWeb } from "./build-web.ts";
import { ARTIFACTS } from "./paths.ts";

/** What one test file runs against: the web app as users get it, the real API, Chromium. */
export interface Stack {
  readonly api: ApiServer;
  readonly browser: Browser;
}

/**
 * Registers the hooks that build the web app, start the API on a fresh database and launch
 * Chromium before the file's tests, and stop them after. The fields are read inside tests,
 * once beforeAll has filled them; reading one earlier throws rather than giving undefined.
 */
export function useStack(): Stack {
  let api: ApiServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    buildWeb();
    api = await startApi();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });
  return {
    get api() {
      if (!api) throw new Error("the API is started in beforeAll; read stack.api inside a test");
      return api;
    },
    get browser() {
      if (!browser) throw new Error("Chromium is launched in beforeAll; read stack.browser inside a test");
      return browser;
    },
  };
}
