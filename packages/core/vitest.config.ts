import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@chitieu/source'] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Corpus, property and linear-cost tests run for seconds on a loaded 2-core machine; the
    // timeout only guards against a hang (speed is measured by ratios and benchmarks, not here).
    testTimeout: 30_000,
    // One module graph per worker, shared by its test files: importing the extractor's ~300 modules
    // again for each of ~270 files took most of the run (`.ci/run`, round 40: 835 s, 496 s of it
    // import; shared: 137 s, the same 3 902 tests passing). No test mocks a module, fakes timers or
    // stubs a global; the suite passes in both modes (`vitest run --isolate` keeps the old one).
    isolate: false,
    // Source type errors are the typecheck task's job (tsc); here only the type tests count.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], ignoreSourceErrors: true },
  },
});
