import { defineConfig } from "vitest/config";

// Browser tests start a real API and Chromium: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "artifacts/**"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
