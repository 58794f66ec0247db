import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@chitieu/source'] },
  ssr: { resolve: { conditions: ['@chitieu/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
