import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./src/test-support/global-setup.ts"],
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The recommended scrypt cost (128 MB, ~0.1 s a hash) for every test user would make the suite
    // slow; password.test.ts checks the recommended cost itself.
    env: { ALINHA_SCRYPT_N: "1024" },
  },
});
