import { defineConfig } from 'vitest/config';

/**
 * `pnpm test:browser`: the elements in Debian's Chromium (playwright-core), loaded the way a
 * plain page loads them — `dist/chitieu-elements.js` over HTTP, no bundler — so it runs after
 * the build (turbo: `test:browser` depends on `build`).
 */
export default defineConfig({
  // workspace packages from source (never a stale or half-built dist of @chitieu/core)
  resolve: { conditions: ['@chitieu/source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@chitieu/source', 'module', 'node', 'import', 'default'] } },
  test: {
    environment: 'node',
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
