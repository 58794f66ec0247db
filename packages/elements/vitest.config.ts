import { defineConfig } from 'vitest/config';

export default defineConfig({
  // workspace packages from source (never a stale or half-built dist of @chitieu/core)
  resolve: { conditions: ['@chitieu/source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@chitieu/source', 'module', 'node', 'import', 'default'] } },
  test: {
    environment: 'node',
    include: ['test/*.test.ts'],
  },
});
