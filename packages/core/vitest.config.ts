import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@chitieu/source'] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Corpus, property and linear-cost tests run for seconds on a loaded 2-core machine; the
    // timeout only guards against a hang (speed is measured by ratios and benchmarks, not here).
    testTimeout: 30_000,
    // Source type errors are the typecheck task's job (tsc); here only the type tests count.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], ignoreSourceErrors: true },
  },
});
