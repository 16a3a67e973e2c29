import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A test that loads the whole engine (its patterns, lexicon and dictionaries) takes a second or two on an idle
    // machine and more than vitest's default 5 s on a shared, loaded one: such a timeout says nothing about the code.
    testTimeout: 30_000,
  },
});
