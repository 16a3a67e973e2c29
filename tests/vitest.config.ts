import { defineConfig } from "vitest/config";

// Browser tests start a real API and Chromium: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "artifacts/**"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // A browser test that fails is run again, up to twice: on a shared 2-core machine a key can
    // reach Chromium before React has re-rendered. A test broken for real fails all three times,
    // and the first failure stays in the output.
    retry: 2,
    // The API these tests start hashes the demo passwords at this scrypt cost (tests only; the
    // default is OWASP's N=2^17, refused below that in production).
    env: { ALINHA_SCRYPT_N: "1024" },
  },
});
