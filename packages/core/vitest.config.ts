import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@chitieu/source'] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Source type errors are the typecheck task's job (tsc); here only the type tests count.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], ignoreSourceErrors: true },
  },
});
