import { defineConfig } from 'vitest/config';

/**
 * `pnpm test:browser`: the tests that need a real browser (Debian's Chromium through
 * playwright-core): the 27 hostile-props cases and `theme="system"` contrast. Pages are
 * bundled from source with esbuild, so no build is needed.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
