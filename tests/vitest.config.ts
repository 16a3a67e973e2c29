import { defineConfig } from "vitest/config";

// Browser tests start a real API and Chromium: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "artifacts/**"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // No retries: a browser test waits for what the user would see before its next key (the
    // screen's answer, the row made current), so a failure is a real one. The openAt flake was the
    // app writing the old pair's hash over a link just followed (useReviewController.ts).
    retry: 0,
    // The API these tests start hashes the demo passwords at this scrypt cost (tests only; the
    // default is OWASP's N=2^17, refused below that in production).
    env: { ALINHA_SCRYPT_N: "1024" },
  },
});
